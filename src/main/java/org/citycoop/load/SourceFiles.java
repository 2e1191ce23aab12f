package org.citycoop.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.InputText;
import org.citycoop.Location;
import org.citycoop.load.rdf.RdfFileSource;
import org.citycoop.load.record.JsonReader;
import org.citycoop.load.record.RecordSource;
import org.citycoop.load.record.Value;
import org.citycoop.load.record.YamlReader;
import org.citycoop.load.table.CsvTable;
import org.citycoop.ontology.Ontology;

/**
 * Finds the input files under the paths a user names and reads each into a {@link Source}, by its ending:
 * {@code .yaml}/{@code .yml} and {@code .json} records, {@code .csv} tables, and RDF files.
 */
public final class SourceFiles {
    /** Bumped when the mapping from records to RDF changes, so that unchanged files are reloaded. */
    public static final String LOADER_VERSION = "citycoop-loader-4";

    private SourceFiles() {
    }

    /** The files under the given paths, in a stable order; files of unknown kinds inside folders are skipped. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(SourceFiles::isInput).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new InputException(ErrorId.UNREADABLE_INPUT, new Location(path.toString(), 0, 0),
                        "a folder that cannot be read: " + e.getMessage(), "a readable folder", e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new InputException(ErrorId.UNREADABLE_INPUT, new Location(path.toString(), 0, 0),
                    "no such file or folder", "a file or folder of records or RDF");
            }
        }
        return files;
    }

    /** Whether a file inside a folder is an input: a known ending and not hidden. */
    public static boolean isInput(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            return false;
        }
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || name.endsWith(".csv")
            || RdfFileSource.formatOf(name).isPresent();
    }

    /** Reads one file into a source, or fails with the file, line and column of the first problem. */
    public static Source read(Path path, Ontology ontology) {
        String file = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(ErrorId.UNREADABLE_INPUT, new Location(file, 0, 0),
                "cannot read the file: " + e.getMessage(), "a readable file", e);
        }
        String digest = digest(bytes, ontology);
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            Value top = new YamlReader(file).read(InputText.utf8(bytes, file));
            return new RecordSource(file, top, digest, ontology);
        }
        if (name.endsWith(".json")) {
            Value top = new JsonReader(file).read(InputText.utf8(bytes, file));
            return new RecordSource(file, top, digest, ontology);
        }
        if (name.endsWith(".csv")) {
            return new RecordSource(file, new CsvTable(file, InputText.utf8(bytes, file)).toRecords(), digest, ontology);
        }
        return new RdfFileSource(file, bytes, digest);
    }

    /**
     * The file's size and modification time, with the loader and ontology versions: what a load compares before
     * reading a file for its digest (as make and rsync do), so that unchanged files cost a look at their metadata.
     */
    public static String stamp(Path file, Ontology ontology) {
        try {
            java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(file,
                java.nio.file.attribute.BasicFileAttributes.class);
            return attributes.size() + " bytes, modified " + attributes.lastModifiedTime().toInstant() + ", "
                + LOADER_VERSION + ", ontology " + ontology.digest().substring(0, 16);
        } catch (IOException e) {
            throw new InputException(ErrorId.UNREADABLE_INPUT, new Location(file.toString(), 0, 0),
                "cannot read the file's size and time: " + e.getMessage(), "a readable file", e);
        }
    }

    /** The digest of a file read as a stream, for files too large to hold: gazetteers. */
    public static String digest(Path file, Ontology ontology) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = org.citycoop.Sha256.digest();
            sha.update(LOADER_VERSION.getBytes(StandardCharsets.UTF_8));
            sha.update(ontology.digest().getBytes(StandardCharsets.UTF_8));
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new InputException(ErrorId.UNREADABLE_INPUT, new Location(file.toString(), 0, 0),
                "cannot read the file: " + e.getMessage(), "a readable file", e);
        }
    }

    private static String digest(byte[] bytes, Ontology ontology) {
        MessageDigest sha = org.citycoop.Sha256.digest();
        sha.update(LOADER_VERSION.getBytes(StandardCharsets.UTF_8));
        sha.update(ontology.digest().getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
        return HexFormat.of().formatHex(sha.digest());
    }
}
