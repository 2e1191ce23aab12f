package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.citycoop.TestProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may do what on a real server, with paths sent exactly as written: nothing but reads without credentials,
 * whatever the path looks like ({@code ..}, {@code %2e%2e}, {@code ;}, {@code //}, a trailing {@code /}) and
 * whatever the method; writes and administration with the admin's credentials only; no dataset can be created.
 */
class AccessControlTest {
    private static final Credentials ADMIN = new Credentials("curator", "a long secret");
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH");
    /** Administration actions of Fuseki, each of which must never run for an anonymous visitor. */
    private static final List<String> ADMIN_ACTIONS = List.of("backup/ds", "backups/ds", "compact/ds?deleteOld=true",
        "datasets/ds", "datasets?dbName=evil&dbType=mem", "datasets?dbName=evil&dbType=tdb2", "tasks", "backups-list",
        "reload", "sleep", "metrics", "validate/../datasets/ds");
    private static final List<String> WRITE_PATHS = List.of("/ds/update", "/ds/data?graph=urn:evil:g", "/ds",
        "/ds?graph=urn:evil:g", "/drafts", "/drafts/update", "/drafts/data?graph=urn:evil:g", "/drafts/get?graph=urn:evil:g");
    private static Path planted;
    private static ServerFixture open;
    private static ServerFixture guarded;
    private static DatasetGraph before;

    @BeforeAll
    static void start() throws Exception {
        planted = Files.createTempFile("citycoop-planted", ".ttl");
        Files.writeString(planted, "<urn:evil:s> <urn:evil:p> <urn:evil:o> .\n");
        open = new ServerFixture(ServerConfig.builder());
        guarded = ServerFixture.over(open.store, ServerConfig.builder().credentials(ADMIN));
        before = TestProject.snapshot(open.store, Set.of());
    }

    @AfterAll
    static void stop() throws Exception {
        guarded.close();
        open.close();
        Files.deleteIfExists(planted);
    }

    /** The variants of a path under {@code /$/} that a raw-URI check would not recognise. */
    private static Stream<String> variants(String action) {
        String first = action.contains("/") ? action.substring(0, action.indexOf('/')) : action;
        String rest = action.substring(first.length());
        return Stream.of("/$/" + action, "/$/validate/../" + action, "/$/validate/%2e%2e/" + action,
            "/$/ping/../" + action, "/$//" + action, "/$/" + first + ";x" + rest, "/$/" + action + (action.contains("?") ? "" : "/"),
            "/%24/" + action, "/$/./" + action, "/ds/../$/" + action);
    }

    private static Map<String, String> headers(String type, String userAndPassword) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", type);
        if (userAndPassword != null) {
            headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                userAndPassword.getBytes(StandardCharsets.UTF_8)));
        }
        return headers;
    }

    private static String load() {
        return "LOAD <" + planted.toUri() + "> INTO GRAPH <urn:evil:g>";
    }

    /** Every (method, path) pair that got an answer other than the refusals listed. */
    private static List<String> answeredOtherThan(ServerFixture fixture, Set<Integer> refusals, String credentials) {
        List<String> wrong = new ArrayList<>();
        for (String method : METHODS) {
            ADMIN_ACTIONS.stream().flatMap(AccessControlTest::variants).forEach(path -> {
                int status = RawHttp.status(fixture.server.port(), method, path,
                    headers("application/x-www-form-urlencoded", credentials), "");
                if (!refusals.contains(status)) {
                    wrong.add(status + " " + method + " " + path);
                }
            });
        }
        return wrong;
    }

    @Test
    void aServerWithoutCredentialsHasNoAdministrationWhateverThePathOrMethod() {
        assertEquals(List.of(), answeredOtherThan(open, Set.of(400, 404, 405), null));
        assertEquals(List.of(), answeredOtherThan(open, Set.of(400, 404, 405), ADMIN.user() + ":" + ADMIN.password()));
        assertOnlyTheOneDatasetAndNothingChanged();
    }

    @Test
    void aServerWithCredentialsRefusesAdministrationToAnyoneElse() {
        assertEquals(List.of(), answeredOtherThan(guarded, Set.of(400, 401, 404, 405), null));
        assertOnlyTheOneDatasetAndNothingChanged();
    }

    @Test
    void noWriteGoesThroughWithoutCredentialsWhateverThePath() {
        List<String> wrong = new ArrayList<>();
        for (ServerFixture fixture : List.of(open, guarded)) {
            for (String path : WRITE_PATHS.stream().flatMap(AccessControlTest::writeVariants).toList()) {
                for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                    for (Map<String, String> request : List.of(
                            Map.of("application/sparql-update", load()),
                            Map.of("application/x-www-form-urlencoded", "update=" + java.net.URLEncoder.encode(load(),
                                StandardCharsets.UTF_8)),
                            Map.of("text/turtle", "<urn:evil:s> <urn:evil:p> <urn:evil:o> ."))) {
                        String type = request.keySet().iterator().next();
                        int status = RawHttp.status(fixture.server.port(), method, path, headers(type, null), request.get(type));
                        if (status < 400) {
                            wrong.add(status + " " + method + " " + path + " " + type);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertOnlyTheOneDatasetAndNothingChanged();
    }

    @Test
    void theAdminBacksUpIntoTheConfiguredFolderButCreatesNoDataset() throws Exception {
        String admin = ADMIN.user() + ":" + ADMIN.password();
        int backup = RawHttp.status(guarded.server.port(), "POST", "/$/backup/ds", headers("text/plain", admin), "");
        assertEquals(200, backup);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (backupsIn(guarded.backups).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(1, backupsIn(guarded.backups).size(), "one finished backup in " + guarded.backups);
        for (String path : List.of("/$/datasets?dbName=evil&dbType=mem", "/$/datasets/ds")) {
            for (String method : List.of("POST", "DELETE")) {
                int status = RawHttp.status(guarded.server.port(), method, path, headers("text/plain", admin), "");
                assertTrue(status == 404 || status == 405, status + " " + method + " " + path);
            }
        }
        assertOnlyTheOneDatasetAndNothingChanged();
    }

    private static List<Path> backupsIn(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".nq.gz")).toList();
        }
    }

    private static Stream<String> writeVariants(String path) {
        String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
        String bare = path.substring(0, path.length() - query.length());
        return Stream.of(path, bare + "/" + query, bare.replace("/ds", "/ds/.") + query,
            bare.replace("/ds", "/ds/x/..") + query, bare.replace("/ds", "/ds;x") + query, "/%64s" + bare.substring(3) + query);
    }

    private static void assertOnlyTheOneDatasetAndNothingChanged() {
        String server = ServerFixture.text(open.get("/$/server"));
        assertTrue(server.contains("\"/ds\""), server);
        assertFalse(server.contains("evil"), server);
        assertTrue(TestProject.isomorphic(before, TestProject.snapshot(open.store, Set.of())), "the store changed");
    }
}
