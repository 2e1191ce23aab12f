package org.citycoop.cli;

import java.nio.file.Path;
import java.util.List;

import org.citycoop.load.SourceTexts;

import picocli.CommandLine.Option;

/** {@code --texts DIR}: folders of the texts that sources cite by offsets, found by their SHA-256. */
final class TextsOption {
    @Option(names = "--texts", paramLabel = "DIR", description = "A folder of source texts (news reports in UTF-8), "
        + "each found by the SHA-256 its record names: the excerpts that cite it keep their words. May be repeated.")
    List<Path> folders = List.of();

    /** The texts of the folders given, or none. */
    SourceTexts texts() {
        return folders.isEmpty() ? SourceTexts.none() : SourceTexts.in(folders);
    }
}
