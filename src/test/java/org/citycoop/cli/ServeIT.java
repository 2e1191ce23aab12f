package org.citycoop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citycoop.TestProject;
import org.junit.jupiter.api.Test;

/**
 * {@code ./citycoop serve} as a user runs it: through the script, in a folder with data/, on a free port. It loads
 * the empty store, serves Bandung's IRI as Turtle, stops cleanly on SIGTERM (as on Ctrl-C), and starts again on
 * the same store without loading it again.
 */
class ServeIT {
    private static final Pattern URL = Pattern.compile("on (http://localhost:\\d+)/");

    /** A running {@code citycoop serve} process and the URL it printed. */
    record Running(Process process, String url, String output) {
    }

    static Running start(Path work, String command) throws IOException {
        Process process = new ProcessBuilder("bash", "-c", "exec env " + command).directory(work.toFile())
            .redirectErrorStream(true).start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder output = new StringBuilder();
        String url = null;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        String line;
        while (System.nanoTime() < deadline && (line = reader.readLine()) != null) {
            output.append(line).append('\n');
            Matcher m = URL.matcher(line);
            if (m.find()) {
                url = m.group(1);
            }
            if (line.startsWith("Press Ctrl-C to stop.")) {
                break;
            }
        }
        Thread drain = new Thread(() -> {
            try {
                reader.transferTo(java.io.Writer.nullWriter());
            } catch (java.io.IOException e) {
                // the server was stopped and its output closed: there is nothing more to read
            }
        }, "drain");
        drain.setDaemon(true);
        drain.start();
        assertTrue(url != null, "serve did not start:\n" + output);
        return new Running(process, url, output.toString());
    }

    static int stop(Running running) throws InterruptedException {
        running.process().destroy();
        assertTrue(running.process().waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
        return running.process().exitValue();
    }

    @Test
    void serveLoadsServesStopsAndStartsAgain() throws Exception {
        Path work = TestProject.tempDir("citycoop-serve-it");
        org.citycoop.WholeNetwork.copy(TestProject.data(), work.resolve("data"));
        org.citycoop.WholeNetwork.copy(TestProject.queries(), work.resolve("queries"));
        String script = TestProject.home().resolve("citycoop").toString();

        Running first = start(work, script + " serve --port 0");
        assertTrue(first.output().contains("is empty: loading data"), first.output());
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> turtle = client.send(HttpRequest.newBuilder(URI.create(first.url() + "/id/city/bandung"))
            .header("Accept", "text/turtle").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.body().contains("city/toyota") && turtle.body().contains("regency/simeulue"), turtle.body());
        int status = stop(first);
        assertTrue(status == 0 || status == 143, "exit status " + status);

        Running second = start(work, script + " serve --port 0");
        assertFalse(second.output().contains("is empty"), "the store was kept: " + second.output());
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(second.url() + "/page/id/city/bandung"))
            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        stop(second);
        assertFalse(Files.exists(work.resolve("run")), "the server must not create ./run");
    }

    @Test
    void commandsOnAServedStoreReadThroughTheServerAndWritesAreToldWhere() throws Exception {
        Path work = TestProject.tempDir("citycoop-served-it");
        org.citycoop.WholeNetwork.copy(TestProject.data(), work.resolve("data"));
        String script = TestProject.home().resolve("citycoop").toString();
        Running server = start(work, script + " serve --port 0");
        try {
            assertEquals(server.url(), Files.readString(work.resolve("store/served-at")).strip());
            String[] stats = command(work, script + " stats");
            assertTrue(stats[1].contains("is served at " + server.url() + ": reading through it"), stats[1]);
            assertTrue(stats[0].matches("(?s)quads: [1-9]\\d+\\n.*"), stats[0]);
            String[] query = command(work, script + " query -e 'SELECT (COUNT(*) AS ?n) { ?a cc:twinnedWith ?b }' "
                + "--format csv");
            assertEquals("n\r\n8\r\n", query[0], query[1]);
            String[] load = command(work, script + " load data");
            assertTrue(load[1].contains("error CC402: the store in store is in use by process")
                && load[1].contains("(the server at " + server.url() + "): write through its /ds/update and /ds/data"),
                load[1]);
        } finally {
            stop(server);
        }
        assertFalse(Files.exists(work.resolve("store/served-at")), "the note outlived the server");
    }

    /** Runs a command in {@code work}; gives what it printed on standard output and on standard error. */
    private static String[] command(Path work, String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", command).directory(work.toFile()).start();
        java.util.concurrent.CompletableFuture<String> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), command + " did not finish");
        return new String[] {out, err.get()};
    }
}
