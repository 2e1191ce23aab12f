package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.citycoop.TestProject;
import org.citycoop.ontology.CC;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in a real browser (Debian's headless Chromium, driven by Selenium) against a real server: search
 * "Bandung", choose it, expand it, and see its partners; expand Toyota and see its own neighbours; save a
 * screenshot under target/.
 */
class ExplorerBrowserTest {
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static ServerFixture fixture;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        assertTrue(new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute(),
            "the browser test needs Debian's chromium and chromium-driver (installed by .ci/run)");
        fixture = new ServerFixture(ServerConfig.builder());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--window-size=1400,900",
            "--user-data-dir=" + TestProject.tempDir("citycoop-chromium"));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static boolean hasNode(String iri) {
        return Boolean.TRUE.equals(js("return window.cy.getElementById(arguments[0]).nonempty();", iri));
    }

    @Test
    void searchBandungExpandItAndSeeItsPartnersOfficialsAndEvents() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(fixture.url("/explore"));
        wait.until(d -> js("return typeof window.cy === 'object';"));
        browser.findElement(By.id("search")).sendKeys("Bandung");
        By bandung = By.cssSelector("#results button[data-id='" + CC.ID + "city/bandung']");
        wait.until(ExpectedConditions.elementToBeClickable(bandung)).click();

        String toyota = CC.ID + "city/toyota";
        String simeulue = CC.ID + "regency/simeulue";
        wait.until(d -> hasNode(toyota) && hasNode(simeulue));
        assertTrue(hasNode(CC.ID + "org/pemkot-bandung"), "its government");
        assertTrue(hasNode(CC.ID + "person/ridwan-kamil") && hasNode(CC.ID + "person/oded-m-danial"), "its officials");
        assertTrue(hasNode(CC.ID + "event/simeulue-visit-bandung-2017-02-10"), "its events");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("panel"), "Kota Bandung"));
        assertEquals(0L, ((Number) js("return document.querySelectorAll('#results li').length;")).longValue(),
            "the result list closes after a pick");
        double zoom = ((Number) js("return window.cy.zoom();")).doubleValue();
        assertTrue(zoom >= 0.4 && zoom <= 1.5, "the neighbourhood is drawn at a zoom its labels can be read at: " + zoom);

        js("window.cy.getElementById(arguments[0]).emit('tap');", toyota);
        wait.until(d -> hasNode(CC.ID + "prefecture/aichi"));
        assertTrue(Boolean.TRUE.equals(js("return window.cy.getElementById(arguments[0]).data('expanded');", toyota)));
        Number relations = (Number) js("return document.querySelectorAll('#relations input').length;");
        assertTrue(relations.intValue() >= 3, "a filter per relation: " + relations);

        js("window.cy.getElementById(arguments[0]).emit('tap');", CC.ID + "org/pemkot-bandung");
        wait.until(d -> hasNode(CC.ID + "post/wali-kota-bandung"));
        @SuppressWarnings("unchecked")
        List<String> toggles = (List<String>) js("return [...document.querySelectorAll('#relations label')]"
            + ".map(l => l.textContent.trim());");
        assertTrue(toggles.stream().noneMatch(t -> t.contains("Wali Kota") || t.contains("Mayor")),
            "relation toggles named by posts: " + toggles);
        @SuppressWarnings("unchecked")
        List<String> kinds = (List<String>) js("return [...new Set(window.cy.nodes().map(n => n.data('kind')))];");
        assertTrue(kinds.containsAll(List.of("place", "organisation")), "kinds drawn: " + kinds);

        js("document.getElementById('from').value = document.getElementById('from').max;"
            + "document.getElementById('from').dispatchEvent(new Event('input'));");
        Number hidden = (Number) js("return window.cy.nodes('.hidden').length;");
        assertEquals(hidden.intValue(), ((Number) js("return window.cy.nodes().filter(n => n.data('latest')"
            + " && parseInt(n.data('latest').slice(0,4)) < parseInt(document.getElementById('from').value)).length;"))
            .intValue(), "the date slider hides what ends before it");

        String png = (String) js("return window.cy.png({full: true}).slice(0, 22);");
        assertEquals("data:image/png;base64,", png, "the picture the download button saves");
        browser.findElement(By.id("png")).click();
        js("window.__before = window.cy.nodes().map(n => n.position().x + ',' + n.position().y).join(';');"
            + "const s = document.getElementById('layout'); s.value = 'concentric'; s.dispatchEvent(new Event('change'));");
        assertTrue(Boolean.TRUE.equals(js("return window.__before !== window.cy.nodes().map(n => n.position().x + ','"
            + " + n.position().y).join(';');")), "the concentric layout moves the nodes");

        Path shot = TestProject.home().resolve("target/explorer.png");
        Files.createDirectories(shot.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shot,
            StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(shot) > 10_000, "a screenshot of the explorer");
    }

    @Test
    void anEntityPageLinksToItsNeighbourhoodInTheExplorer() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(fixture.url("/page/id/regency/simeulue"));
        browser.findElement(By.linkText("explore its neighbourhood")).click();
        wait.until(d -> js("return typeof window.cy === 'object';"));
        wait.until(d -> hasNode(CC.ID + "city/bandung"));
        assertTrue(hasNode(CC.ID + "regency/simeulue"));
    }

    @Test
    void theQueryEditorRunsAQueryUnderTheContentSecurityPolicy() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(fixture.url(HomeServlet.EDITOR));
        By run = By.cssSelector(".yasqe_queryButton");
        js("arguments[0].click();", wait.until(ExpectedConditions.presenceOfElementLocated(run)));
        wait.until(d -> !d.findElements(By.cssSelector(".yasr table tbody tr")).isEmpty());
        List<String> blocked = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy") && (m.contains("script-src") || m.contains("style-src")))
            .toList();
        assertEquals(List.of(), blocked, "scripts and styles of the editor that the policy blocked");
        Path shot = TestProject.home().resolve("target/query-editor.png");
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shot,
            StandardCopyOption.REPLACE_EXISTING);
    }
}
