package org.citycoop.load.table;

import java.util.List;
import java.util.Set;

/**
 * The kinds of CSV table curators write, told apart by their columns. Each row becomes one record of the
 * section named here, so a table and a YAML file of the same records load the same.
 */
public enum TableKind {
    TWINS("cooperations", Set.of("place1", "place2"), List.of("place1", "place2", "date", "status", "name", "note")),
    POSTS("posts", Set.of("key", "organisation"), List.of("key", "title_en", "title_id", "organisation", "note")),
    PLACES("places", Set.of("key", "type"), List.of("key", "type", "name_en", "name_id", "name_ja", "within",
        "wikidata", "geonames", "kemendagri", "iso3166", "lgcode", "lat", "lon", "note")),
    PEOPLE("people", Set.of("key", "name"), List.of("key", "name", "prefixes", "suffixes", "nicknames", "post",
        "title", "acting", "from", "until", "note"));

    private final String section;
    private final Set<String> required;
    private final List<String> columns;

    TableKind(String section, Set<String> required, List<String> columns) {
        this.section = section;
        this.required = required;
        this.columns = columns;
    }

    public String section() {
        return section;
    }

    public Set<String> required() {
        return required;
    }

    public List<String> columns() {
        return columns;
    }

    /** The kind whose required columns the header has, or null. */
    public static TableKind of(List<String> header) {
        for (TableKind kind : values()) {
            if (header.containsAll(kind.required)) {
                return kind;
            }
        }
        return null;
    }
}
