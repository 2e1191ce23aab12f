package org.citycoop.load.gazetteer;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.InputText;
import org.citycoop.Location;

/**
 * A reader that refuses a line longer than a table's longest value may be, so that a file of one endless line is
 * refused at its start rather than read whole into memory. GeoNames' alternate names, its longest field, are at most
 * 10,000 characters.
 */
final class BoundedLines extends FilterReader {
    private final String file;
    private final long longest;
    private long line = 1;
    private long column;

    BoundedLines(Reader in, String file, long longest) {
        super(in);
        this.file = file;
        this.longest = longest;
    }

    /** A reader of lines of at most {@link InputText#MAX_VALUE_CHARS} characters. */
    static BoundedLines of(Reader in, String file) {
        return new BoundedLines(in, file, InputText.MAX_VALUE_CHARS);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = 0; i < read; i++) {
            count(buffer[offset + i]);
        }
        return read;
    }

    private void count(char c) {
        if (c == '\n') {
            line++;
            column = 0;
        } else if (++column > longest) {
            throw new InputException(ErrorId.INPUT_LIMIT, new Location(file, line, 1),
                "a line of more than " + longest + " characters", "lines of at most " + longest + " characters");
        }
    }
}
