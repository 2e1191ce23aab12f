package org.citycoop.load;

import java.util.List;

/**
 * What a load did.
 *
 * @param sources       one line per source file
 * @param inferred      triples in the inferred graph after the load, or -1 when nothing changed or nothing was kept
 * @param committed     false for a trial load ({@code validate}), whose changes were rolled back
 */
public record LoadReport(List<SourceResult> sources, long inferred, boolean committed) {

    /**
     * What happened to one source: loaded for the first time, replaced, left as it was, taken out of the store
     * ({@code remove}, {@code load --prune}), or kept although its file is gone from the folder it was loaded from.
     */
    public enum Outcome { LOADED, REPLACED, UNCHANGED, REMOVED, GONE }

    /**
     * @param file    the file
     * @param graph   the named graph it owns
     * @param outcome what happened to it
     * @param triples triples written, or removed (0 when unchanged or gone)
     */
    public record SourceResult(String file, String graph, Outcome outcome, long triples) {
    }

    public boolean changedAnything() {
        return sources.stream().anyMatch(s -> s.outcome() != Outcome.UNCHANGED && s.outcome() != Outcome.GONE);
    }

    /** The same report with the size of the inferred graph once the changes were committed. */
    public LoadReport withInferred(long triples) {
        return new LoadReport(sources, triples, committed);
    }
}
