package org.citycoop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.citycoop.TestProject;
import org.citycoop.WholeNetwork;
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
        Path work = WholeNetwork.clone("citycoop-readme");
        List<List<Line>> blocks = blocks();
        long commands = blocks.stream().flatMap(List::stream).count();
        assertTrue(commands >= 12, "README commands: " + blocks);
        Map<String, String> outputs = new LinkedHashMap<>();
        return Stream.of(
            blocks.stream().map(block -> DynamicTest.dynamicTest(block.get(0).text(), () -> run(work, block, outputs))),
            Stream.of(DynamicTest.dynamicTest("the tour writes only where git ignores", () -> onlyIgnored(work))),
            // the store the tour built holds the whole network: the tests over it read it rather than build another
            Stream.of(DynamicTest.dynamicTest("the tour's store is handed over", () -> WholeNetwork.handOver(work,
                outputs)))).flatMap(tests -> tests);
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

    private static void run(Path work, List<Line> block, Map<String, String> outputs) throws Exception {
        String exports = block.stream().filter(Line::export).map(l -> l.text().substring("export ".length()) + " ")
            .collect(java.util.stream.Collectors.joining());
        Line serve = block.stream().filter(Line::serve).findFirst().orElse(null);
        if (serve == null) {
            for (Line line : block) {
                if (!line.export()) {
                    outputs.put(line.text(), run(work, exports.isEmpty() ? line.text() : "export " + exports + "; "
                        + line.text()));
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

    private static String run(Path work, String command) throws Exception {
        String output = WholeNetwork.run(work, command);
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
        return output;
    }
}
