package org.citycoop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.citycoop.TestProject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code ./citycoop} command of the README, in order, through the real script and the packaged jar, in a
 * fresh folder that holds copies of data/ and queries/ (as a user's clone would). Each must exit 0 and print
 * something; a few outputs are checked further.
 */
class ReadmeCommandsIT {
    private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    private static final Pattern COMMAND = Pattern.compile("^((?:[A-Z_]+=\\S+\\s+)*)\\./citycoop (.*)$");

    /** One runnable line of a shell block: a citycoop command (with its environment) or a curl call. */
    record Line(String text) {
        boolean serve() {
            return text.matches("^(?:[A-Z_]+=\\S+\\s+)*\\./citycoop serve.*");
        }

        boolean curl() {
            return text.startsWith("curl ");
        }

        boolean export() {
            return text.startsWith("export ");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeCommandRuns() throws IOException {
        // laid out like a clone: the project folder with the public data beside it at ../shared
        Path parent = TestProject.tempDir("citycoop-readme");
        Path work = Files.createDirectories(parent.resolve("citycoop"));
        Files.createSymbolicLink(parent.resolve("shared"), TestProject.shared());
        copy(TestProject.data(), work.resolve("data"));
        copy(TestProject.queries(), work.resolve("queries"));
        Files.createSymbolicLink(work.resolve("citycoop"), TestProject.home().resolve("citycoop"));
        List<List<Line>> blocks = blocks();
        long commands = blocks.stream().flatMap(List::stream).count();
        assertTrue(commands >= 12, "README commands: " + blocks);
        return Stream.concat(
            blocks.stream().map(block -> DynamicTest.dynamicTest(block.get(0).text(), () -> run(work, block))),
            Stream.of(DynamicTest.dynamicTest("the tour writes only where git ignores", () -> onlyIgnored(work))));
    }

    /** What the README's commands leave in the checkout: only folders the project's .gitignore names. */
    private static void onlyIgnored(Path work) throws IOException {
        Set<String> ignored = Files.readAllLines(TestProject.home().resolve(".gitignore")).stream()
            .filter(l -> l.startsWith("/")).map(l -> l.replaceAll("^/|/$", "")).collect(java.util.stream.Collectors.toSet());
        Set<String> copied = Set.of("data", "queries", "citycoop");
        try (Stream<Path> left = Files.list(work)) {
            List<String> stray = left.map(p -> p.getFileName().toString())
                .filter(name -> !copied.contains(name) && !ignored.contains(name)).sorted().toList();
            assertEquals(List.of(), stray, "the README's commands left files that git would list as untracked");
        }
    }

    /** The shell blocks of the README, each as its citycoop and curl lines without comments. */
    private static List<List<Line>> blocks() throws IOException {
        String readme = Files.readString(TestProject.home().resolve("README.md"));
        List<List<Line>> blocks = new ArrayList<>();
        Matcher m = SHELL_BLOCK.matcher(readme);
        while (m.find()) {
            List<Line> lines = m.group(1).lines().map(l -> l.replaceFirst("\\s+#.*$", "").strip())
                .filter(l -> COMMAND.matcher(l).matches() || l.startsWith("curl ") || l.matches("export [A-Z_]+=\\S+"))
                .map(Line::new).toList();
            if (!lines.isEmpty()) {
                blocks.add(lines);
            }
        }
        return blocks;
    }

    private static void run(Path work, List<Line> block) throws Exception {
        String exports = block.stream().filter(Line::export).map(l -> l.text().substring("export ".length()) + " ")
            .collect(java.util.stream.Collectors.joining());
        Line serve = block.stream().filter(Line::serve).findFirst().orElse(null);
        if (serve == null) {
            for (Line line : block) {
                if (!line.export()) {
                    run(work, exports.isEmpty() ? line.text() : "export " + exports + "; " + line.text());
                }
            }
            return;
        }
        ServeIT.Running running = ServeIT.start(work, exports + serve.text() + " --port 0");
        try {
            for (Line line : block) {
                if (line.curl()) {
                    String url = line.text().replace("http://localhost:3030", running.url());
                    run(work, exports.isEmpty() ? url : "export " + exports + "; " + url);
                }
            }
        } finally {
            ServeIT.stop(running);
        }
    }

    private static void run(Path work, String command) throws Exception {
        Path out = Files.createTempFile("citycoop-readme", ".out");
        Path err = Files.createTempFile("citycoop-readme", ".err");
        Process process = new ProcessBuilder("bash", "-c", command).directory(work.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), command + " did not finish");
        String output = Files.readString(out, StandardCharsets.UTF_8);
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), command + " failed:\n" + errors);
        // where the command writes, looked for outside quoted text (queries hold '>' of their own)
        String unquoted = command.replaceAll("'[^']*'", "''").replaceAll("\"[^\"]*\"", "\"\"");
        Matcher target = Pattern.compile("(?:\\s-o|--output|--out|>)\\s+([^\\s|]+)").matcher(unquoted);
        if (target.find() && !target.group(1).equals("/dev/null")) {
            Path written = work.resolve(target.group(1));
            assertTrue(Files.exists(written), command + " wrote no " + written);
            long size = Files.isDirectory(written) ? Files.list(written).count() : Files.size(written);
            assertTrue(size > 0, command + " wrote an empty " + written);
        } else {
            assertTrue(!output.isBlank(), command + " printed nothing");
        }
        if (command.contains("cq02")) {
            assertTrue(output.contains("Norio Tomioka") && output.contains("Wignyo Adiyoso"), output);
        }
        if (command.contains("--output out/dump.trig")) {
            DatasetGraph dump = DatasetGraphFactory.createTxnMem();
            RDFParser.source(work.resolve("out/dump.trig")).parse(dump);
            assertTrue(dump.listGraphNodes().hasNext(), "the dump has no named graphs");
        }
        if (command.contains("curl ") && command.contains("text/turtle")) {
            assertTrue(output.contains("city/toyota") && output.contains("regency/simeulue"), output);
        }
        if (command.startsWith("./citycoop validate")) {
            assertTrue(output.contains("all valid, nothing was written"), output);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
