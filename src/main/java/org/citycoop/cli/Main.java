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
    subcommands = {ServeCommand.class, LoadCommand.class, ValidateCommand.class, QueryCommand.class,
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
        return cli;
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

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"citycoop " + (version == null ? "(development build)" : version)};
        }
    }
}
