package org.citycoop.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.store.Exporter;
import org.citycoop.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code citycoop export --format F}: writes the whole store as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the whole store as RDF to standard output or a file.",
        "trig, nquads and jsonld keep the named graphs; turtle, ntriples and rdfxml write the union of all graphs."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;
    @Option(names = {"-f", "--format"}, defaultValue = "trig",
        description = "trig, nquads, jsonld, turtle, ntriples or rdfxml (default: ${DEFAULT-VALUE}).")
    String format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        Exporter.Format chosen = Exporter.Format.parse(format);
        try (Store opened = store.open(); OutputStream out = open()) {
            new Exporter(opened).write(chosen, out);
            out.flush();
            return 0;
        } catch (IOException e) {
            throw new CityCoopException(ErrorId.UNREADABLE_INPUT, "cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    private OutputStream open() throws IOException {
        if (output == null) {
            return new BufferedOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return new BufferedOutputStream(Files.newOutputStream(output));
    }
}
