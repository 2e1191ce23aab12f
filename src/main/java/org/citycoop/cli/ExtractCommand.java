package org.citycoop.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.extract.DraftWriter;
import org.citycoop.extract.ExtractOptions;
import org.citycoop.extract.Extraction;
import org.citycoop.extract.Extractor;
import org.citycoop.extract.KnownThings;
import org.citycoop.extract.GazetteerNames;
import org.citycoop.extract.ReportText;
import org.citycoop.load.Loader;
import org.citycoop.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code citycoop extract REPORT}: draft records from a news report; never writes to the store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Read a news report (plain text, or HTML) in Indonesian or English and write draft records in the "
        + "curators' YAML format: people with posts, places, events with dates, agreements with status, cooperation, "
        + "topics, each with the sentence it came from and a confidence.",
        "Names are resolved against the places, organisations and posts of the store (or of data/ when the store is "
            + "empty). Load drafts with ./citycoop load --extracted; they keep to graphs of their own."})
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;
    @Parameters(paramLabel = "REPORT", description = "The report: a .txt or .html file.")
    Path report;
    @Option(names = "--date", paramLabel = "DATE", description = "The report's date (2017-02-10), for relative dates.")
    String date;
    @Option(names = "--lang", paramLabel = "id|en", description = "The report's language; told from the text if left out.")
    String language;
    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the draft here instead of standard output.")
    Path out;
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
        description = "Records to resolve names against when the store is empty (default: ${DEFAULT-VALUE}).")
    Path data;
    @Option(names = "--gazetteer", paramLabel = "FILE", description = "A gazetteer file as import gazetteer takes it "
        + "(GeoNames cities1000, the Indonesian provinces and regencies, the Japanese prefectures and municipalities), "
        + "for the places the records do not hold; may be repeated.")
    List<Path> gazetteers = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (language != null && !List.of("id", "en").contains(language)) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--lang is '" + language + "', expected id or en");
        }
        LocalDate articleDate = parseDate(date);
        ReportText text = ReportText.read(report);
        KnownThings known = known(store, data);
        String key = "extracted-" + org.citycoop.load.record.Keys.ofFile(report);
        Extraction extraction = new Extractor(known, GazetteerNames.read(gazetteers))
            .extract(text.text(), new ExtractOptions(articleDate, language, key));
        try (Writer writer = new OutputStreamWriter(out == null ? nonClosing() : Files.newOutputStream(OutputFiles.prepared(out)),
                StandardCharsets.UTF_8)) {
            new DraftWriter(extraction, known).write(writer, text.title());
        }
        if (out != null) {
            System.err.println("wrote a draft of " + extraction.people().size() + " people mentions and "
                + extraction.statements().size() + " statements to " + out);
        }
        return 0;
    }

    static LocalDate parseDate(String date) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--date is '" + date + "', expected a day such as 2017-02-10", e);
        }
    }

    /** The store's places, organisations and posts; those of data/ when the store holds nothing. */
    static KnownThings known(StoreOption option, Path data) {
        if (Files.isDirectory(option.folder)) {
            try (Store opened = option.open()) {
                if (!opened.isEmpty()) {
                    return KnownThings.of(opened);
                }
            }
        }
        try (Store memory = Store.inMemory()) {
            Loader.builder().store(memory).build().load(List.of(data));
            return KnownThings.of(memory);
        }
    }

    private static java.io.OutputStream nonClosing() {
        return new java.io.FilterOutputStream(System.out) {
            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        };
    }
}
