package org.citycoop.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.text.similarity.LevenshteinDistance;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Answers a command line picocli cannot read: its message, the commands or options the user may have meant (at most
 * two letters missing, added or wrong: {@code laod}, {@code serv}), and where to find the usage. Picocli's own
 * suggestions compare letter pairs and miss a swap in a short word.
 */
final class Mistyped implements CommandLine.IParameterExceptionHandler {
    /** Edits at most between what was typed and what is suggested. */
    private static final int MAX_EDITS = 2;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(e.getMessage());
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            List<String> meant = near(unmatched.getUnmatched().get(0), candidates(cli));
            if (!meant.isEmpty()) {
                err.println("Did you mean: " + String.join(" or ", meant) + "?");
            }
        }
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The names a word at this point of the command line could be: subcommands and options. */
    private static List<String> candidates(CommandLine cli) {
        List<String> names = new ArrayList<>(cli.getSubcommands().keySet());
        cli.getCommandSpec().options().forEach(option -> names.addAll(List.of(option.names())));
        return names;
    }

    /** The candidates within {@link #MAX_EDITS} edits of the word (one for a short word), closest first. */
    static List<String> near(String word, List<String> candidates) {
        LevenshteinDistance distance = new LevenshteinDistance(word.length() < 4 ? 1 : MAX_EDITS);
        return candidates.stream().filter(c -> distance.apply(word, c) >= 0)
            .sorted(java.util.Comparator.comparingInt((String c) -> distance.apply(word, c)).thenComparing(c -> c))
            .toList();
    }
}
