package org.citycoop.load;

import java.util.List;

/**
 * What a load did.
 *
 * @param sources       one line per source file
 * @param inferred      triples in the inferred graph after the load, or -1 when nothing changed
 * @param committed     false for a trial load ({@code validate}), whose changes were rolled back
 */
public record LoadReport(List<SourceResult> sources, long inferred, boolean committed) {

    /** What happened to one source. */
    public enum Outcome { LOADED, REPLACED, UNCHANGED }

    /**
     * @param file    the file
     * @param graph   the named graph it owns
     * @param outcome loaded for the first time, replaced, or left as it was
     * @param triples triples written (0 when unchanged)
     */
    public record SourceResult(String file, String graph, Outcome outcome, long triples) {
    }

    public boolean changedAnything() {
        return sources.stream().anyMatch(s -> s.outcome() != Outcome.UNCHANGED);
    }
}
