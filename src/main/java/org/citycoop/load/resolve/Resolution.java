package org.citycoop.load.resolve;

import java.util.List;

/**
 * What a name resolved to: the place (null unless resolved), how far it lies from the coordinates given (NaN
 * without them), how it was found, the country code the table's country name stands for (or null), and the
 * candidates considered.
 */
public record Resolution(Status status, GazetteerPlace place, double kilometres, String how, String country,
        List<GazetteerPlace> candidates) {

    /** Whether a name found its place. */
    public enum Status {
        /** one place */
        RESOLVED,
        /** several places, none clearly the one */
        AMBIGUOUS,
        /** no place */
        UNRESOLVED
    }

    public boolean resolved() {
        return status == Status.RESOLVED;
    }

    static Resolution of(GazetteerPlace place, double kilometres, String how, String country,
            List<GazetteerPlace> candidates) {
        return new Resolution(Status.RESOLVED, place, kilometres, how, country, candidates);
    }

    static Resolution not(Status status, String how, String country, List<GazetteerPlace> candidates) {
        return new Resolution(status, null, Double.NaN, how, country, candidates);
    }
}
