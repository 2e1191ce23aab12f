package org.citycoop.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.citycoop.TestProject;

/** The small gazetteer written for the extraction tests ({@code extraction-places/gazetteer}), one file of each kind, read once. */
final class TestGazetteer {
    private static GazetteerNames names;

    private TestGazetteer() {
    }

    /** The names of its places. */
    static synchronized GazetteerNames names() {
        if (names == null) {
            names = GazetteerNames.read(files());
        }
        return names;
    }

    private static List<Path> files() {
        try (Stream<Path> listed = Files.list(TestProject.home().resolve("src/test/resources/extraction-places/gazetteer"))) {
            return listed.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the test gazetteer is missing", e);
        }
    }
}
