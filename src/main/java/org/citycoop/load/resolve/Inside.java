package org.citycoop.load.resolve;

import org.apache.jena.graph.Node;

/**
 * Whether one place of a {@link Gazetteer} lies inside another: inside a unit when the unit is among the places it
 * lies within, or, when the gazetteers do not say which unit it lies in, when it lies near the unit's centre; inside
 * a town (a district of it) when it lies within it or near its centre.
 */
final class Inside {
    /** How far from a town's centre its districts lie. */
    private static final double TOWN_KM = 25;
    /** How far from a big city's centre its districts lie (Xinying, a district of Tainan 37 km from its centre). */
    private static final double CITY_KM = 60;
    /** How many people make a city whose districts reach that far. */
    private static final long BIG_CITY = 1_000_000;
    /** How far from a unit's centre its places lie, when no gazetteer says which unit they lie in. */
    private static final double UNIT_KM = 60;
    /** How many levels up the hierarchy are looked at. */
    private static final int LEVELS = 6;
    private final Gazetteer gazetteer;

    Inside(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Whether {@code place} lies inside {@code around}. */
    boolean isIn(GazetteerPlace place, GazetteerPlace around) {
        if (within(place, around.iri())) {
            return true;
        }
        double kilometres = place.kilometresTo(around);
        if (around.isUnit()) {
            GazetteerPlace unit = place.within() == null ? null : gazetteer.place(place.within());
            boolean inAnother = unit != null && unit.isUnit() && !unit.isCountry();
            return !inAnother && kilometres <= UNIT_KM;
        }
        return kilometres <= (around.population() >= BIG_CITY ? CITY_KM : TOWN_KM);
    }

    /** Whether a town lies within a unit (the unit of its name it is the seat of). */
    boolean seatOf(GazetteerPlace town, GazetteerPlace unit) {
        return within(town, unit.iri());
    }

    private boolean within(GazetteerPlace place, Node area) {
        Node up = place.within();
        for (int level = 0; up != null && level < LEVELS; level++) {
            if (up.equals(area)) {
                return true;
            }
            GazetteerPlace next = gazetteer.place(up);
            up = next == null ? null : next.within();
        }
        return false;
    }
}
