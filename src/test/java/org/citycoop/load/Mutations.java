package org.citycoop.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Ways to break a file, chosen by a seeded random generator so that a failure can be replayed. */
final class Mutations {
    /** Pieces that matter to some parser: quotes, brackets, YAML anchors and aliases, escapes, control characters. */
    private static final String[] PIECES = {"\"", "'", ",", "[", "]", "{", "}", ":", "- ", "&a ", "*a", "!!binary ",
        "\\u0000", "\\ud800", "\\e", "\u0000", "\u001b[31m", "\u0085", "\r", "\t", "#", "@prefix", "<", ">", "^^", "@",
        "_:b", "%", "\uFEFF", "2017-02-31", "31 Februari 2017", "9999999999999999999999", "@context", "\"@context\": \"http://127.0.0.1:9/c\"",
        "x: &x [*x]", "- &b [*b, *b, *b]"};

    private Mutations() {
    }

    static byte[] apply(byte[] original, Random random) {
        byte[] bytes = original;
        int times = 1 + random.nextInt(3);
        for (int i = 0; i < times; i++) {
            bytes = once(bytes, random);
        }
        return bytes;
    }

    private static byte[] once(byte[] bytes, Random random) {
        int length = bytes.length;
        int at = length == 0 ? 0 : random.nextInt(length);
        int span = length == 0 ? 0 : random.nextInt(Math.min(200, length - at) + 1);
        return switch (random.nextInt(9)) {
            case 0 -> splice(bytes, at, span, new byte[0]);
            case 1 -> splice(bytes, at, 0, slice(bytes, at, span));
            case 2 -> splice(bytes, at, 0, PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
            case 3 -> splice(bytes, at, 1, new byte[] {(byte) random.nextInt(256)});
            case 4 -> slice(bytes, 0, at);
            case 5 -> splice(bytes, at, 0, "[".repeat(1 + random.nextInt(200)).getBytes(StandardCharsets.UTF_8));
            case 6 -> splice(bytes, at, 0, "x".repeat(random.nextInt(2_000_000)).getBytes(StandardCharsets.UTF_8));
            case 7 -> splice(bytes, at, 0, repeat(slice(bytes, at, span), 1 + random.nextInt(300)));
            default -> splice(bytes, at, span, slice(bytes, random.nextInt(length + 1 - 0) % Math.max(1, length), span));
        };
    }

    private static byte[] slice(byte[] bytes, int from, int span) {
        int end = Math.min(bytes.length, from + span);
        return java.util.Arrays.copyOfRange(bytes, Math.min(from, end), end);
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
        out.write(bytes, 0, at);
        out.write(insert, 0, insert.length);
        int rest = Math.min(bytes.length, at + remove);
        out.write(bytes, rest, bytes.length - rest);
        return out.toByteArray();
    }

    private static byte[] repeat(byte[] piece, int times) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(piece.length * times);
        for (int i = 0; i < times; i++) {
            out.write(piece, 0, piece.length);
        }
        return out.toByteArray();
    }
}
