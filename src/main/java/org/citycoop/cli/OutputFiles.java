package org.citycoop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/** Files a command writes where the user says (-o, --output, --report): their folder is made when it is missing. */
final class OutputFiles {
    private OutputFiles() {
    }

    /** The file, its folder made if needed. */
    static Path prepared(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
            return file;
        } catch (IOException e) {
            throw new CityCoopException(ErrorId.BAD_OPTION, file + ": cannot make its folder " + folder + ": "
                + e.getMessage(), e);
        }
    }
}
