package org.citycoop;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The limits every text input is held to before any parser sees it, with the position of the first thing that
 * breaks them: UTF-8 only, no control characters but tab and line ends, no lone surrogates, and bounded sizes.
 * Parsers then never meet text that could hang them, fill memory or reach a terminal as an escape sequence.
 */
public final class InputText {
    /** The longest record file (YAML, JSON, CSV) read whole: larger tables belong in gazetteers or several files. */
    public static final int MAX_RECORD_FILE_CHARS = 64 * 1024 * 1024;
    /** The longest single value (a name, a note, an excerpt). */
    public static final int MAX_VALUE_CHARS = 1024 * 1024;

    private InputText() {
    }

    /** Decodes strict UTF-8, or fails at the line and column of the first byte that is not UTF-8. */
    public static String utf8(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, bytes.length + 1L));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String prefix = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            throw new InputException(ErrorId.UNREADABLE_INPUT, locationAfter(file, prefix),
                String.format(Locale.ROOT, "byte 0x%02X that is not UTF-8", bytes[in.position()] & 0xFF), "a file in UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Checks a whole record file: its size, and that it holds no control characters (tab and line ends aside). */
    public static void checkFile(String text, String file) {
        if (text.length() > MAX_RECORD_FILE_CHARS) {
            throw new InputException(ErrorId.INPUT_LIMIT, locationAfter(file, text.substring(0, MAX_RECORD_FILE_CHARS)),
                "a file of more than " + MAX_RECORD_FILE_CHARS / 1024 / 1024 + " MB of text",
                "a record file of at most " + MAX_RECORD_FILE_CHARS / 1024 / 1024 + " MB: split it into several files");
        }
        int bad = firstBadCharacter(text);
        if (bad >= 0) {
            throw new InputException(ErrorId.BAD_CHARACTER, locationAfter(file, text.substring(0, bad)), describe(text, bad),
                "text without control characters (tab and line ends are allowed)");
        }
    }

    /** Checks one value read from a file, where escapes ({@code \u0000}, {@code \x1b}) may have made what the file could not hold. */
    public static void checkValue(String value, Location location) {
        checkLength(value, location);
        int bad = firstBadCharacter(value);
        if (bad >= 0) {
            throw new InputException(ErrorId.BAD_CHARACTER, location, describe(value, bad) + " in a value",
                "text without control characters (tab and line ends are allowed)");
        }
    }

    /** Checks the length of one value, for formats whose values cannot hold escapes (CSV): the file check saw them. */
    public static void checkLength(String value, Location location) {
        if (value.length() > MAX_VALUE_CHARS) {
            throw new InputException(ErrorId.INPUT_LIMIT, location, "a value of " + value.length() + " characters",
                "a value of at most " + MAX_VALUE_CHARS + " characters");
        }
    }

    /** The text on one line with nothing a terminal would act on: line ends and control characters escaped. */
    public static String printable(String text) {
        return text == null ? null : escape(text, false);
    }

    /**
     * The text with its lines kept and nothing else a terminal would act on: tabs, control characters and lone
     * surrogates escaped, for output made of lines such as a table.
     */
    public static String printableLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLineEnds) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append(keepLineEnds ? "\n" : "\\n");
                case '\r' -> out.append(keepLineEnds ? "\r" : "\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(isControl(c) || Character.isSurrogate(c) && !pairedAt(text, i)
                    ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
            : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** The index of the first control character (other than tab, LF, CR) or lone surrogate, or -1. */
    static int firstBadCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isControl(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    private static String describe(String text, int index) {
        char c = text.charAt(index);
        String kind = Character.isSurrogate(c) ? "a lone surrogate" : "a control character";
        return String.format(Locale.ROOT, "%s U+%04X", kind, (int) c);
    }

    /** The location just after a prefix of the file: where the next character is. */
    public static Location locationAfter(String file, String prefix) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(file, line, prefix.codePointCount(lineStart, prefix.length()) + 1L);
    }
}
