package org.citycoop;

/**
 * The base of every error CityCoop reports to a user. Unchecked; always carries an {@link ErrorId}
 * and keeps its cause. {@link #getMessage()} is written for the user and never needs a stack trace.
 */
public class CityCoopException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorId id;

    public CityCoopException(ErrorId id, String message) {
        this(id, message, null);
    }

    public CityCoopException(ErrorId id, String message, Throwable cause) {
        super(message, cause);
        this.id = id;
    }

    public ErrorId id() {
        return id;
    }
}
