package org.citycoop.serve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/**
 * The forms a resource's description is served in, with their media types and the file endings and
 * {@code ?format=} values that name them.
 */
public enum Representation {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_ABBREV),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    TRIG("application/trig", "trig", RDFFormat.TRIG_PRETTY);

    private static final AcceptList OFFER = AcceptList.create(
        Stream.of(values()).map(Representation::mediaType).toArray(String[]::new));
    private final String mediaType;
    private final String extension;
    private final RDFFormat format;

    Representation(String mediaType, String extension, RDFFormat format) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.format = format;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The Jena writer format, or null for HTML. */
    public RDFFormat format() {
        return format;
    }

    /** Whether the form keeps named graphs (TriG) rather than writing their union. */
    public boolean keepsGraphs() {
        return this == TRIG;
    }

    /** The form named by a file ending or {@code ?format=} value ({@code ttl}, {@code jsonld}...). */
    public static Optional<Representation> byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Stream.of(values()).filter(r -> r.extension.equals(wanted) || r.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * The form that best fits an {@code Accept} header; no header, or one that accepts anything, gets
     * {@code fallback}; a header that accepts none of ours gets empty.
     */
    public static Optional<Representation> negotiate(String accept, Representation fallback) {
        return negotiate(accept, fallback, values());
    }

    /**
     * As {@link #negotiate(String, Representation)}, among the given forms only. A form the header names with
     * {@code q=0} is refused, even where a wider range (such as {@code *}{@code /*}) would accept it.
     */
    public static Optional<Representation> negotiate(String accept, Representation fallback, Representation... forms) {
        if (accept == null || accept.isBlank() || accept.strip().equals("*/*")) {
            return Optional.of(fallback);
        }
        AcceptList asked = new AcceptList(accept);
        List<MediaRange> wanted = asked.entries().stream().filter(r -> r.get_q() > 0).toList();
        List<Representation> offered = Stream.of(forms).filter(f -> asked.entries().stream().noneMatch(r ->
            r.get_q() <= 0 && r.getContentTypeStr().equals(f.mediaType))).toList();
        if (wanted.isEmpty() || offered.isEmpty()) {
            return Optional.empty();
        }
        MediaType chosen = AcceptList.match(new AcceptList(wanted),
            AcceptList.create(offered.stream().map(Representation::mediaType).toArray(String[]::new)));
        if (chosen == null) {
            return Optional.empty();
        }
        return Stream.of(values()).filter(r -> r.mediaType.equals(chosen.getContentTypeStr())).findFirst();
    }

    /** All media types, for the message of a 406. */
    public static String offered() {
        return OFFER.toString();
    }
}
