package org.citycoop.store.remote;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.http.auth.AuthEnv;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/**
 * The user name and password a remote store asks for, from the environment ({@code CITYCOOP_REMOTE_USER},
 * {@code CITYCOOP_REMOTE_PASSWORD}) or from a file whose first line is {@code user:password}. They are handed to
 * Jena's HTTP layer, which answers the store's challenge with HTTP Basic or Digest as the store asks; they never go
 * into a URL or a message.
 */
public record RemoteCredentials(String user, String password) {
    public static final String USER_VARIABLE = "CITYCOOP_REMOTE_USER";
    public static final String PASSWORD_VARIABLE = "CITYCOOP_REMOTE_PASSWORD";

    /** The credentials of the file given, else those the environment gives, if any. */
    public static Optional<RemoteCredentials> of(Path file, Map<String, String> environment) {
        return file != null ? Optional.of(fromFile(file)) : fromEnvironment(environment);
    }

    /** The credentials the environment holds, if both variables are set. */
    public static Optional<RemoteCredentials> fromEnvironment(Map<String, String> environment) {
        String user = environment.get(USER_VARIABLE);
        String password = environment.get(PASSWORD_VARIABLE);
        if (user == null && password == null) {
            return Optional.empty();
        }
        if (user == null || password == null) {
            throw new CityCoopException(ErrorId.BAD_OPTION, (user == null ? USER_VARIABLE : PASSWORD_VARIABLE)
                + " is not set while " + (user == null ? PASSWORD_VARIABLE : USER_VARIABLE) + " is: set both or neither");
        }
        return Optional.of(new RemoteCredentials(user, password));
    }

    /** The credentials on the first line of a file, as {@code user:password}. */
    public static RemoteCredentials fromFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CityCoopException(ErrorId.UNREADABLE_INPUT, "cannot read the credentials file " + file + ": "
                + e.getMessage(), e);
        }
        String first = lines.isEmpty() ? "" : lines.get(0).strip();
        int colon = first.indexOf(':');
        if (colon <= 0 || colon == first.length() - 1) {
            throw new CityCoopException(ErrorId.BAD_VALUE, file + ":1:1: expected user:password on the first line, "
                + "found " + (first.isEmpty() ? "nothing" : "no user and password separated by a colon"));
        }
        return new RemoteCredentials(first.substring(0, colon), first.substring(colon + 1));
    }

    /** Lets Jena's HTTP requests to these endpoints answer a challenge with these credentials. */
    public void register(RemoteEndpoints endpoints) {
        for (URI uri : List.of(endpoints.query(), endpoints.update(), endpoints.graphStore())) {
            AuthEnv.get().registerUsernamePassword(uri, user, password);
        }
    }

    @Override
    public String toString() {
        return "RemoteCredentials[" + user + "]";
    }
}
