package org.citycoop;

/**
 * The identifiers of the errors a user can meet, each explained in {@code docs/errors.md}.
 * The id is printed with every message, e.g. {@code error CC203: data/x.yaml:4:9: ...}.
 */
public enum ErrorId {
    MALFORMED_RECORDS("CC101", "malformed YAML or JSON"),
    MALFORMED_CSV("CC102", "malformed CSV"),
    MALFORMED_RDF("CC103", "malformed RDF"),
    MALFORMED_QUERY("CC104", "malformed SPARQL query"),
    INPUT_LIMIT("CC105", "input beyond a limit"),
    BAD_CHARACTER("CC106", "character not allowed"),
    UNKNOWN_FIELD("CC201", "unknown field"),
    MISSING_FIELD("CC202", "missing field"),
    BAD_VALUE("CC203", "value of the wrong kind"),
    UNKNOWN_REFERENCE("CC204", "unknown reference"),
    DUPLICATE_KEY("CC205", "key defined twice"),
    UNKNOWN_TERM("CC206", "term not in the ontology"),
    SOURCE_COLLISION("CC207", "source key taken by another file"),
    EXCERPT_OUTSIDE_TEXT("CC208", "excerpt outside its source's text"),
    SHAPE_VIOLATION("CC301", "record breaks a shape"),
    UNREADABLE_INPUT("CC401", "input file missing, unreadable or of an unknown kind"),
    STORE_UNAVAILABLE("CC402", "store cannot be opened"),
    BAD_OPTION("CC403", "bad command-line option"),
    QUERY_FAILED("CC404", "query failed"),
    UNKNOWN_SOURCE("CC405", "no such source in the store"),
    REMOTE_UNREACHABLE("CC501", "remote store did not answer"),
    REMOTE_REFUSED("CC502", "remote store refused a request"),
    REMOTE_DIVERGED("CC503", "remote store changed by another writer"),
    REMOTE_NOT_KEPT("CC504", "a write to a graph a copy does not keep");

    private final String code;
    private final String title;

    ErrorId(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The short code, such as {@code CC203}. */
    public String code() {
        return code;
    }

    /** A few words that name the kind of error. */
    public String title() {
        return title;
    }
}
