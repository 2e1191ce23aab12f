package org.citycoop;

/**
 * An error in an input file, at a known place: what was found there and what was expected.
 * The message reads {@code file:line:column: found ..., expected ...}, on one line: line ends and control
 * characters quoted from the input are shown escaped.
 */
public class InputException extends CityCoopException {
    private static final long serialVersionUID = 1L;
    private final transient Location location;
    private final String found;
    private final String expected;

    public InputException(ErrorId id, Location location, String found, String expected) {
        this(id, location, found, expected, null);
    }

    public InputException(ErrorId id, Location location, String found, String expected, Throwable cause) {
        super(id, location + ": " + InputText.printable(found) + (expected == null ? "" : ", expected "
            + InputText.printable(expected)), cause);
        this.location = location;
        this.found = InputText.printable(found);
        this.expected = expected == null ? null : InputText.printable(expected);
    }

    public Location location() {
        return location;
    }

    public String file() {
        return location.file();
    }

    public long line() {
        return location.line();
    }

    public long column() {
        return location.column();
    }

    /** What the input held at the location. */
    public String found() {
        return found;
    }

    /** What would have been right, or null where no single thing would. */
    public String expected() {
        return expected;
    }
}
