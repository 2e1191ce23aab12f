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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map in Debian's headless Chromium against a real server over the sample twin-town tables: the shipped
 * country outlines drawn, places and links from the map API, a country filter, a click that opens a place, and
 * the small map of a place's page; screenshots land in target/.
 */
class MapBrowserTest {
    private static ServerFixture fixture;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        assertTrue(new File("/usr/bin/chromedriver").canExecute() && new File("/usr/bin/chromium").canExecute(),
            "the browser test needs Debian's chromium and chromium-driver (installed by .ci/run)");
        fixture = ServerFixture.over(TestProject.twinTownStore(), ServerConfig.builder());
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--window-size=1400,1000",
            "--user-data-dir=" + TestProject.tempDir("citycoop-chromium-map"));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort().build(), options);
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

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static long number(String script) {
        return ((Number) js(script)).longValue();
    }

    private static void screenshot(String name) throws Exception {
        Path shot = TestProject.home().resolve("target/" + name);
        Files.createDirectories(shot.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shot,
            StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(shot) > 10_000, "a screenshot " + name);
    }

    @Test
    void theWorldMapDrawsOutlinesPlacesAndLinksFiltersByCountryAndOpensAPlace() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(fixture.url("/map"));
        wait.until(d -> js("return document.getElementById('map').getAttribute('data-countries')") != null
            && js("return document.getElementById('map').getAttribute('data-links')") != null);
        assertTrue(number("return document.querySelectorAll('#map path.country').length") > 150, "country outlines");
        long links = number("return document.querySelectorAll('#map path.link').length");
        long places = number("return document.querySelectorAll('#map circle.place').length");
        assertTrue(links > 10 && places > 10, links + " links, " + places + " places");
        assertEquals(links, Long.parseLong((String) js("return document.getElementById('map').getAttribute('data-links')")));
        screenshot("map.png");

        browser.findElement(By.name("country")).sendKeys("ID");
        browser.findElement(By.cssSelector("#filters button")).click();
        wait.until(d -> number("return document.querySelectorAll('#map path.link').length") != links);
        long indonesian = number("return document.querySelectorAll('#map path.link').length");
        assertTrue(indonesian > 0 && indonesian < links, indonesian + " of " + links);
        assertTrue(browser.getCurrentUrl().endsWith("?country=ID"), browser.getCurrentUrl());

        List<String> blocked = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught")).toList();
        assertEquals(List.of(), blocked);
        js("document.querySelector('#map circle.place[data-id$=\"/city/bandung\"]')"
            + ".dispatchEvent(new MouseEvent('click', {bubbles: true}));");
        wait.until(d -> d.getCurrentUrl().endsWith("/page/id/city/bandung"));
    }

    @Test
    void aPlacesPageShowsASmallMapOfItAndItsPartners() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(fixture.url("/page/id/city/bandung"));
        wait.until(d -> js("return document.querySelector('figure.place-map svg').getAttribute('data-partners')") != null);
        assertTrue(number("return Number(document.querySelector('figure.place-map svg').getAttribute('data-partners'))") >= 5);
        assertTrue(number("return document.querySelectorAll('figure.place-map path.country').length") > 150);
        assertEquals(1L, number("return document.querySelectorAll('figure.place-map circle.focus').length"));
        js("document.querySelector('figure.place-map').scrollIntoView()");
        screenshot("place-map.png");
    }
}
