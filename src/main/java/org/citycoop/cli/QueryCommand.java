package org.citycoop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.query.QueryParameters;
import org.citycoop.query.QueryRunner;
import org.citycoop.query.ResultFormat;
import org.citycoop.store.GraphStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code citycoop query FILE | -e QUERY}: runs SPARQL against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a SPARQL query (a file such as queries/cq01-bandung-partners.rq, or -e TEXT) against the store.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Mixin
    EndpointOption endpoint;
    @ArgGroup(multiplicity = "1")
    Input input;
    @Option(names = "--drafts", description = "Query the drafts loaded with load --extracted as well; without it, "
        + "curated and imported sources only.")
    boolean drafts;
    @Option(names = {"-f", "--format"}, defaultValue = "table",
        description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}); CONSTRUCT and DESCRIBE print Turtle.")
    String format;
    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A value for a parameter the query's "
        + "header declares (# param: NAME = DEFAULT); repeatable. Bound as an RDF term, never pasted into the text.")
    Map<String, String> params = new LinkedHashMap<>();

    static final class Input {
        @Parameters(paramLabel = "FILE", description = "A file holding the query.")
        Path file;
        @Option(names = {"-e", "--execute"}, paramLabel = "QUERY", description = "The query text.")
        String text;
    }

    @Override
    public Integer call() {
        ResultFormat resultFormat = ResultFormat.parse(format);
        String name = input.file == null ? "(query)" : input.file.toString();
        String template = input.text != null ? input.text : read(input.file);
        QueryRunner.parse(template, name);
        String text = QueryParameters.of(template).bind(params);
        try (GraphStore opened = endpoint.open(store, spec.commandLine().getErr())) {
            spec.commandLine().getOut().flush();
            new QueryRunner(opened).withDrafts(drafts).run(text, name, resultFormat, System.out);
            System.out.flush();
            return 0;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CityCoopException(ErrorId.UNREADABLE_INPUT, file + ": no such file; expected a SPARQL query file "
                + "(.rq), such as queries/cq01-bandung-partners.rq, or the query itself with -e", e);
        } catch (IOException e) {
            throw new CityCoopException(ErrorId.UNREADABLE_INPUT, file + ": cannot read the query: " + e.getMessage(), e);
        }
    }
}
