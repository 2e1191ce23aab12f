package org.citycoop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The whole network (data/, the gazetteers, Wikipedia's list and Wikidata's pairs) in a store built as the README
 * says: in a folder laid out like a clone (the project's script, copies of data/ and queries/, the public data at
 * ../shared), by the README's own commands, through the script and the packaged jar. It is built once per test run:
 * {@code ReadmeCommandsIT} builds it as it goes through the tour and hands it over; a test that asks before builds it
 * the same way, running the README's commands up to its last import. For integration tests, which run after the jar
 * is packaged.
 */
public final class WholeNetwork {
    private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
    /** How long one command may take: the biggest import takes minutes on the project's machine kind. */
    public static final long COMMAND_MINUTES = 30;
    private static Built built;

    private WholeNetwork() {
    }

    /**
     * A folder where the README's commands ran, and what each printed on standard output.
     *
     * @param work    the folder, laid out like a clone
     * @param outputs each command as the README writes it, with its output
     */
    public record Built(Path work, Map<String, String> outputs) {
        /** The store the commands built. */
        public Path store() {
            return work.resolve("store");
        }

        /** The output of the first command that starts with {@code start}. */
        public String output(String start) {
            return outputs.entrySet().stream().filter(e -> e.getKey().startsWith(start)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no README command starts with " + start + ": "
                    + outputs.keySet()));
        }
    }

    /** A new folder laid out like a clone of the project, with the public data beside it at ../shared. */
    public static Path clone(String prefix) throws IOException {
        Path parent = TestProject.tempDir(prefix);
        Path work = Files.createDirectories(parent.resolve("citycoop"));
        Files.createSymbolicLink(parent.resolve("shared"), TestProject.shared());
        copy(TestProject.data(), work.resolve("data"));
        copy(TestProject.queries(), work.resolve("queries"));
        Files.createSymbolicLink(work.resolve("citycoop"), TestProject.home().resolve("citycoop"));
        return work;
    }

    /** Takes the folder where the README's tour ran, so that other tests read its store rather than build one. */
    public static synchronized void handOver(Path work, Map<String, String> outputs) {
        built = new Built(work, Map.copyOf(outputs));
    }

    /**
     * The whole network, built now if no test built it before; with the system property {@code
     * citycoop.whole-network} naming a folder where the README's tour already ran, that folder's (with no outputs).
     */
    public static synchronized Built get() throws Exception {
        String ready = System.getProperty("citycoop.whole-network");
        if (built == null && ready != null && !ready.isBlank()) {
            built = new Built(Path.of(ready), Map.of());
        }
        if (built == null) {
            Path work = clone("citycoop-whole-network");
            Map<String, String> outputs = new LinkedHashMap<>();
            for (String command : commandsToLastImport()) {
                outputs.put(command, run(work, command));
            }
            built = new Built(work, outputs);
        }
        return built;
    }

    /** The README's {@code ./citycoop} commands that do not serve, up to its last import. */
    static List<String> commandsToLastImport() throws IOException {
        String readme = Files.readString(TestProject.home().resolve("README.md"));
        List<String> commands = new ArrayList<>();
        Matcher block = SHELL_BLOCK.matcher(readme);
        int last = -1;
        while (block.find()) {
            for (String line : block.group(1).lines().map(l -> l.replaceFirst("\\s+#.*$", "").strip()).toList()) {
                if (line.startsWith("./citycoop ") && !line.startsWith("./citycoop serve")
                        && !line.startsWith("./citycoop bench")) {
                    commands.add(line);
                    if (line.startsWith("./citycoop import ")) {
                        last = commands.size();
                    }
                }
            }
        }
        return commands.subList(0, Math.max(0, last));
    }

    /** Runs a command in the folder; its standard output, or an error with its standard error. */
    public static String run(Path work, String command) throws Exception {
        Path out = Files.createTempFile("citycoop-command", ".out");
        Path err = Files.createTempFile("citycoop-command", ".err");
        Process process = new ProcessBuilder("bash", "-c", command).directory(work.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(COMMAND_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + COMMAND_MINUTES + " minutes");
        }
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError(command + " failed (exit " + process.exitValue() + "):\n" + errors);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** Copies a folder, with all it holds. */
    public static void copy(Path from, Path to) throws IOException {
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
