package org.citycoop.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.citycoop.CityCoopException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code citycoop} command line.
 *
 * <pre>
 * ./citycoop load data/
 * ./citycoop query queries/cq02-yokohama-meeting-participants.rq --format table
 * </pre>
 */
@Command(name = "citycoop", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "A knowledge graph of city cooperation networks, with provenance.",
    subcommands = {CommandLine.HelpCommand.class, ServeCommand.class, LoadCommand.class, ValidateCommand.class, QueryCommand.class,
        ExportCommand.class, StatsCommand.class, ImportCommand.class, SourcesCommand.class, RemoveCommand.class, CheckCommand.class, AnalyzeCommand.class, ChartCommand.class, ReinferCommand.class, GenerateCommand.class, BenchCommand.class, ExtractCommand.class, EvalExtractCommand.class})
public final class Main implements Runnable {
    /** Exit status of a run whose input or options were wrong. */
    public static final int USER_ERROR = 1;
    /** Exit status of a bug: something the user could not have caused. */
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // names in Indonesian and Japanese must survive whatever locale the terminal has
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status; used by the tests as well. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(System.out, true));
        cli.setErr(new PrintWriter(System.err, true));
        cli.setExecutionExceptionHandler(Main::report);
        cli.setParameterExceptionHandler(new Mistyped());
        documentExitCodes(cli);
        return cli;
    }

    /** Every command's help ends with what its exit status means. */
    private static void documentExitCodes(CommandLine cli) {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put("0", "done");
        codes.put(Integer.toString(USER_ERROR), "bad input, options or store: a line 'error CCnnn: ...' says which "
            + "(docs/errors.md)");
        codes.put("2", "a command line that cannot be read: an unknown command or option");
        codes.put(Integer.toString(INTERNAL_ERROR), "an internal error (a bug; CITYCOOP_DEBUG=1 shows where)");
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(codes);
        cli.getSubcommands().values().forEach(Main::documentExitCodes);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int report(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof CityCoopException error) {
            String code = error.id().code();
            err.println("error " + code + ": " + error.getMessage());
            String command = parsed.subcommand() == null ? "" : parsed.subcommand().commandSpec().name();
            boolean writes = command.equals("load") || command.equals("serve") || command.equals("remove")
                || command.equals("check") || command.equals("reinfer")
                || command.equals("import");
            err.println("(see docs/errors.md#" + code.toLowerCase(java.util.Locale.ROOT) + ")"
                + (writes ? " the store is unchanged" : ""));
            debug(e, err);
            return USER_ERROR;
        }
        err.println("internal error: " + e + " (set CITYCOOP_DEBUG=1 to see where)");
        debug(e, err);
        return INTERNAL_ERROR;
    }

    private static void debug(Exception e, PrintWriter err) {
        if (System.getenv("CITYCOOP_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
    }

    /** The version the build wrote into the classes, with when it was built. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties build = new java.util.Properties();
            try (java.io.InputStream in = Main.class.getResourceAsStream("/org/citycoop/version.properties")) {
                if (in != null) {
                    build.load(in);
                }
            }
            return new String[] {"citycoop " + build.getProperty("version", "(version unknown: built without Maven)")
                + (build.containsKey("built") ? " (built " + build.getProperty("built") + ")" : "")};
        }
    }
}
