package org.citycoop;

/**
 * A place in an input file: file name, 1-based line and 1-based column. Line or column 0 means unknown.
 *
 * @param file   the file as the user named it
 * @param line   the line, from 1
 * @param column the column, from 1
 */
public record Location(String file, long line, long column) {

    /** The usual {@code file:line:column} form, shortening what is unknown. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
