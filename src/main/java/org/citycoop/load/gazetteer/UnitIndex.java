package org.citycoop.load.gazetteer;

import org.apache.jena.graph.Node;

/**
 * The first-level units (states, provinces, prefectures...) a store already holds, by the codes other gazetteers
 * give for them: GeoNames' admin codes ({@code ID.08}, {@code IT.VA}) and ISO 3166-2 codes ({@code ID-JI}). A
 * gazetteer puts each of its places inside the unit its codes name, and each unit inside its country.
 */
public interface UnitIndex {
    /** No unit known: places lie directly within their country. */
    UnitIndex NONE = new UnitIndex() {
        @Override
        public Node byGeoNamesCode(String code) {
            return null;
        }

        @Override
        public Node byIso(String code) {
            return null;
        }

        @Override
        public boolean holds(Node unit) {
            return false;
        }
    };

    /** The unit of a GeoNames admin code, country first ({@code ID.08}), or null. */
    Node byGeoNamesCode(String code);

    /** The unit of an ISO 3166-2 code ({@code ID-JI}), or null. */
    Node byIso(String code);

    /**
     * Whether another gazetteer of the store already holds a unit or a GeoNames place under this very IRI (a Japanese
     * prefecture, as the Japanese list and Natural Earth both name it {@code id/iso3166/JP-14}; a town both GeoNames
     * files list).
     */
    boolean holds(Node unit);

    /** A digest of the units known: a gazetteer imported again places its entries differently when they change. */
    default String fingerprint() {
        return "";
    }
}
