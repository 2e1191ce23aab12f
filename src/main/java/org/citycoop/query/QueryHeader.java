package org.citycoop.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a query file says about itself in its leading comment lines: a title, a description and its parameters.
 * A documented query writes {@code # title:}, {@code # description:} (continued on indented comment lines) and
 * {@code # param:} lines; a query without them takes its first comment line as title and the following ones as its
 * description.
 *
 * @param title       one line naming what the query answers
 * @param description what it answers and how, in plain words; may be empty
 * @param parameters  the parameters it declares, in order
 */
public record QueryHeader(String title, String description, List<QueryParameters.Declared> parameters) {
    private static final Pattern KEY = Pattern.compile("^(title|description|param|example|store|bind):\\s*(.*)$");

    /** The header of a query's text; {@code fallbackTitle} when it has no comment line at all. */
    public static QueryHeader of(String text, String fallbackTitle) {
        List<String> comments = leadingComments(text);
        String title = null;
        List<String> description = new ArrayList<>();
        String key = null;
        for (String comment : comments) {
            Matcher keyed = KEY.matcher(comment);
            boolean continued = comment.startsWith(" ") && key != null;
            if (!continued && keyed.matches()) {
                key = keyed.group(1);
                if (key.equals("title")) {
                    title = keyed.group(2).strip();
                } else if (key.equals("description")) {
                    description.add(keyed.group(2).strip());
                }
            } else if (continued ? "description".equals(key) : key == null && title != null) {
                description.add(comment.strip());
            } else if (key == null && title == null) {
                title = comment.strip();
            }
        }
        return new QueryHeader(title == null ? fallbackTitle : title, String.join(" ", description).strip(),
            List.copyOf(QueryParameters.of(text).declared().values()));
    }

    /** The comment lines before the query proper, without their {@code #} and the one space after it. */
    private static List<String> leadingComments(String text) {
        List<String> comments = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (line.startsWith("#")) {
                comments.add(line.substring(1).replaceFirst("^ ", ""));
            } else if (!line.isBlank()) {
                break;
            }
        }
        return comments;
    }
}
