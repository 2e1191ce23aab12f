package org.citycoop.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table written as numbered files ({@code name-001.csv}, {@code name-002.csv}, ...) of at most
 * {@link CorpusGenerator#PART_SIZE} rows each, every one with the header: as curators split a big table, and within
 * the size a record file may have.
 */
final class CsvParts implements Closeable {
    private final Path folder;
    private final String name;
    private final String[] header;
    private CSVPrinter printer;
    private int rows;
    private int parts;

    CsvParts(Path folder, String name, String... header) {
        this.folder = folder;
        this.name = name;
        this.header = header;
    }

    /** Writes a row, into a new part when the current one is full. */
    void row(Object... values) throws IOException {
        if (printer == null || rows == CorpusGenerator.PART_SIZE) {
            close();
            Writer writer = Files.newBufferedWriter(folder.resolve(CorpusGenerator.partName(name, ++parts, "csv")),
                StandardCharsets.UTF_8);
            printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get());
            rows = 0;
        }
        printer.printRecord(values);
        rows++;
    }

    /** How many files were written. */
    int parts() {
        return parts;
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close();
            printer = null;
        }
    }
}
