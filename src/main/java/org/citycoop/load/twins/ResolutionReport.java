package org.citycoop.load.twins;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.citycoop.load.resolve.GazetteerPlace;
import org.citycoop.load.resolve.Resolution;

/**
 * How the names of an imported table resolved: each distinct name (with its country and coordinates) once, the
 * rows that use it counted, and the pairs the table lists more than once.
 */
public final class ResolutionReport {
    /** One name as the table gives it, with the identifier the table gives the place (or an empty one). */
    record Named(String id, String name, String country, String lat, String lon) {
    }

    private final Map<Named, Resolution> names = new LinkedHashMap<>();
    private final Map<Named, Integer> uses = new LinkedHashMap<>();
    private long pairs;
    private long repeated;

    void note(Named named, Resolution resolution) {
        names.putIfAbsent(named, resolution);
        uses.merge(named, 1, Integer::sum);
    }

    Resolution known(Named named) {
        return names.get(named);
    }

    void pair(boolean first) {
        if (first) {
            pairs++;
        } else {
            repeated++;
        }
    }

    /** Distinct names, and how many of them resolved to one place. */
    public long names() {
        return names.size();
    }

    public long resolvedNames() {
        return names.values().stream().filter(Resolution::resolved).count();
    }

    /** Mentions of names in rows, and how many of them resolved. */
    public long mentions() {
        return uses.values().stream().mapToLong(Integer::longValue).sum();
    }

    public long resolvedMentions() {
        return uses.entrySet().stream().filter(e -> names.get(e.getKey()).resolved()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Twinnings written, and rows that listed a pair already written (the other way round, or again). */
    public long twinnings() {
        return pairs;
    }

    public long repeatedPairs() {
        return repeated;
    }

    /** One line for the end of an import. */
    public String summary() {
        return String.format("resolved %,d of %,d names (%.1f %%), %,d of %,d mentions (%.1f %%); %,d twinnings, "
            + "%,d rows repeating a pair", resolvedNames(), names(), percent(resolvedNames(), names()),
            resolvedMentions(), mentions(), percent(resolvedMentions(), mentions()), pairs, repeated);
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 100 : 100.0 * part / whole;
    }

    /** Writes every name that did not resolve, with the candidates considered, as CSV. */
    public void writeUnresolved(Writer out) throws IOException {
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader("id", "name", "country", "lat", "lon", "rows",
                "status", "why", "candidates").get().print(out)) {
            for (Map.Entry<Named, Resolution> entry : names.entrySet()) {
                Resolution resolution = entry.getValue();
                if (!resolution.resolved()) {
                    Named named = entry.getKey();
                    printer.printRecord(named.id(), named.name(), named.country(), named.lat(), named.lon(), uses.get(named),
                        resolution.status().name().toLowerCase(java.util.Locale.ROOT), resolution.how(),
                        candidates(resolution.candidates()));
                }
            }
        }
    }

    private static String candidates(List<GazetteerPlace> places) {
        List<GazetteerPlace> shown = new ArrayList<>(places.subList(0, Math.min(10, places.size())));
        return shown.stream().map(p -> p.name() + " (" + p.iri().getURI() + (p.feature() == null ? "" : ", " + p.feature())
            + ")").collect(Collectors.joining("; "));
    }
}
