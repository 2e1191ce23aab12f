package org.citycoop.load.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.ontology.CC;

/**
 * The countrystatecity tables (the dr5hn countries-states-cities database, ODbL): subdivisions of countries, some of
 * them second-level (London boroughs, municipalities), and places with coordinates. A subdivision is named by its
 * ISO 3166-2 code where it has one of its own ({@code id/iso3166/GB-BNE}, the IRI Natural Earth's unit of the code
 * shares), else by the table's id ({@code id/countrystatecity/state/2356}); its level is not given, so it is an
 * administrative division of no stated level ({@code ADMD}). A place lies within the subdivision of its state code
 * that the store holds, else within its country, and is linked to the place of the same name that another gazetteer
 * of the store (GeoNames) has nearby, so that the two are one place.
 */
final class CountryStateCity {
    private static final String ISO = "[A-Z]{2}-[A-Z0-9]{1,3}";
    private final PlaceWriter writer;
    private final Rows rows;

    CountryStateCity(PlaceWriter writer, Rows rows) {
        this.writer = writer;
        this.rows = rows;
    }

    /**
     * The subdivisions; one the store already holds as a unit of its ISO code (Natural Earth's) gets only its names
     * here, the unit's kind, place and point being the other gazetteer's.
     */
    void states(UnitIndex units) {
        List<CSVRecord> all = rows.all();
        Map<String, Integer> codes = new HashMap<>();
        all.forEach(row -> codes.merge(row.get("iso3166_2").strip(), 1, Integer::sum));
        for (CSVRecord row : all) {
            String iso = row.get("iso3166_2").strip();
            boolean ownIso = iso.matches(ISO) && codes.get(iso) == 1;
            Node state = ownIso ? PlaceWriter.iso(iso) : NodeFactory.createURI(CC.ID + "countrystatecity/state/"
                + rows.require(row, "id", "[1-9][0-9]{0,9}", "a numeric id"));
            if (ownIso && units.holds(state)) {
                names(row, state);
                continue;
            }
            place(row, state, CC.AdministrativeRegion);
            writer.text(state, CC.iso3166Code, ownIso ? iso : null);
            writer.text(state, CC.featureCode, "ADMD");
            within(row, state, null);
        }
    }

    /**
     * The places, each within its subdivision and linked to the same place of another gazetteer nearby; the table's
     * entries of one town under two spellings (Uzhgorod and Uzhhorod) are both linked to it.
     */
    void cities(UnitIndex units, PlaceMatcher matcher) {
        rows.forEach(row -> {
            Node city = NodeFactory.createURI(CC.ID + "countrystatecity/"
                + rows.require(row, "id", "[1-9][0-9]{0,9}", "a numeric id"));
            place(row, city, CC.PopulatedPlace);
            String country = row.get("country_code").strip();
            within(row, city, units.byIso(country + "-" + row.get("state_code").strip()));
            PlaceMatcher.Match match = matcher.match(row.get("name").strip(),
                rows.coordinate(row, "latitude", 90).doubleValue(), rows.coordinate(row, "longitude", 180).doubleValue());
            if (match != null) {
                writer.add(city, org.citycoop.ontology.Vocab.SKOS_EXACT_MATCH, match.place());
            }
        });
    }

    private void place(CSVRecord row, Node place, Node type) {
        writer.add(place, org.citycoop.ontology.Vocab.RDF_TYPE, type);
        names(row, place);
        if (!row.get("latitude").isBlank() || !row.get("longitude").isBlank()) {
            writer.point(place, rows.coordinate(row, "latitude", 90), rows.coordinate(row, "longitude", 180));
        }
    }

    private void names(CSVRecord row, Node place) {
        String name = rows.require(row, "name", "\\P{Cc}{1,300}", "a name of 1 to 300 characters");
        writer.text(place, org.citycoop.ontology.Vocab.RDFS_LABEL, name);
        String local = row.get("native").strip();
        if (!local.isEmpty() && !local.equals(name)) {
            writer.altName(place, local);
        }
    }

    private void within(CSVRecord row, Node place, Node unit) {
        writer.within(place, row.get("country_code"), unit);
    }
}
