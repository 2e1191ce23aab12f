package org.citycoop.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/**
 * The user and password that unlock writes (SPARQL Update, Graph Store writes) and administration. They come
 * from the environment ({@code CITYCOOP_ADMIN_PASSWORD}, and {@code CITYCOOP_ADMIN_USER}, default {@code admin}) or
 * from a file holding one line {@code user:password}; never from the repository.
 *
 * @param user     the user name
 * @param password the password
 */
public record Credentials(String user, String password) {
    public static final String USER_VARIABLE = "CITYCOOP_ADMIN_USER";
    public static final String PASSWORD_VARIABLE = "CITYCOOP_ADMIN_PASSWORD";

    public Credentials {
        if (user == null || user.isBlank() || user.contains(":")) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "the admin user must be a non-empty name without ':'");
        }
        if (password == null || password.length() < 8) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "the admin password must have at least 8 characters");
        }
    }

    /** Credentials from the environment, or null when no password is set there. */
    public static Credentials fromEnvironment(Map<String, String> environment) {
        String password = environment.get(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            return null;
        }
        return new Credentials(environment.getOrDefault(USER_VARIABLE, "admin"), password);
    }

    /** Credentials from a file whose first non-empty line is {@code user:password}. */
    public static Credentials fromFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new CityCoopException(ErrorId.UNREADABLE_INPUT, file + ": cannot read the credentials: " + e.getMessage(), e);
        }
        String line = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new CityCoopException(ErrorId.BAD_OPTION, file + ":1: expected one line user:password");
        }
        return new Credentials(line.substring(0, colon), line.substring(colon + 1));
    }

    /** Never print the password. */
    @Override
    public String toString() {
        return "Credentials[user=" + user + "]";
    }
}
