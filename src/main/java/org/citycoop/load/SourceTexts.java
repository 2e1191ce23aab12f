package org.citycoop.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;
import org.citycoop.Sha256;

/**
 * The texts of sources (news reports, say), found by their SHA-256 among the files of some folders: a record names
 * its report by digest ({@code sha256}) and cites it by offsets, and where the report's text is at hand the load
 * keeps each excerpt's words beside them. Only a folder's own files are looked at, each up to
 * {@link #MAX_FILE_BYTES}, at most {@link #MAX_FILES} of them, and only text in UTF-8 is taken.
 *
 * <pre>{@code
 * SourceTexts texts = SourceTexts.in(List.of(Path.of("reports")));
 * Optional<String> text = texts.text("5341972615dc8cd1744f0b7e44def1085808c637d478cbe39ee48fe3a5a62df7");
 * }</pre>
 */
public final class SourceTexts {
    /** A news report is some kilobytes; a file beyond this is no source text. */
    public static final long MAX_FILE_BYTES = 16L << 20;
    /** Files looked at in all the folders together. */
    public static final int MAX_FILES = 10_000;
    private static final SourceTexts NONE = new SourceTexts(Map.of());
    private final Map<String, Path> byDigest;

    private SourceTexts(Map<String, Path> byDigest) {
        this.byDigest = byDigest;
    }

    /** No texts: excerpts are kept by their offsets only. */
    public static SourceTexts none() {
        return NONE;
    }

    /** The texts among the files of these folders, each file's digest taken once, now. */
    public static SourceTexts in(List<Path> folders) {
        Map<String, Path> byDigest = new TreeMap<>();
        int seen = 0;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new InputException(ErrorId.UNREADABLE_INPUT, new Location(folder.toString(), 0, 0),
                    "no folder " + folder, "a folder that holds the texts of sources");
            }
            for (Path file : files(folder)) {
                if (++seen > MAX_FILES) {
                    throw new InputException(ErrorId.INPUT_LIMIT, new Location(folder.toString(), 0, 0),
                        "more than " + MAX_FILES + " files in the folders of texts", "at most " + MAX_FILES);
                }
                digest(file).ifPresent(d -> byDigest.putIfAbsent(d, file));
            }
        }
        return new SourceTexts(Map.copyOf(byDigest));
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InputException(ErrorId.UNREADABLE_INPUT, new Location(folder.toString(), 0, 0),
                "a folder that cannot be read (" + e.getMessage() + ")", "a readable folder of texts", e);
        }
    }

    /** The file's SHA-256, or empty when it is too large or cannot be read. */
    private static Optional<String> digest(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return Optional.of(Sha256.of(in));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The text whose UTF-8 bytes have this SHA-256, if one of the folders holds it. */
    public Optional<String> text(String sha256) {
        Path file = byDigest.get(sha256);
        if (file == null) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            // the file may have changed since its digest was taken: what is kept must be the text the digest names
            if (!Sha256.of(bytes).equals(sha256)) {
                return Optional.empty();
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (IOException e) {
            // a CharacterCodingException too: a file not in UTF-8 is no source text
            return Optional.empty();
        }
    }

    /**
     * What the texts at hand add to a file's stamp: a file loaded with other texts at hand is read again, so that its
     * excerpts gain or lose their words.
     */
    public String stamp() {
        return byDigest.isEmpty() ? "" : " texts " + Sha256.of(String.join(",", byDigest.keySet()));
    }
}
