package org.citycoop.load.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.Resources;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * The national lists (Kemendagri's Indonesian provinces, regencies and cities, and districts; Japan's prefectures
 * and municipalities) and GeoNames' CSV of cities of 1,000 people or more, each place named by the code its list
 * gives it: {@code id/kemendagri/32.73}, {@code id/jp-lg/141003}, {@code id/iso3166/JP-14}, {@code id/geonames/1650357}.
 * Kemendagri codes are not BPS codes, and GeoNames' admin codes are neither: a province meets the units of other
 * gazetteers by its ISO 3166-2 code, which its Kemendagri code stands for.
 */
final class NationalLists {
    /** The ISO 3166-2 code of each Indonesian province, by its Kemendagri code. */
    private static final Map<String, String> PROVINCE_ISO = provinceCodes();
    private final PlaceWriter writer;
    private final Rows rows;

    NationalLists(PlaceWriter writer, Rows rows) {
        this.writer = writer;
        this.rows = rows;
    }

    private static Map<String, String> provinceCodes() {
        Map<String, String> codes = new HashMap<>();
        Resources.text(NationalLists.class, "kemendagri-iso3166.tsv").lines()
            .filter(line -> !line.startsWith("#") && line.contains("\t"))
            .forEach(line -> codes.put(line.substring(0, line.indexOf('\t')), line.substring(line.indexOf('\t') + 1)));
        return Map.copyOf(codes);
    }

    private static Node kemendagri(String code) {
        return NodeFactory.createURI(CC.ID + "kemendagri/" + code);
    }

    private static Node lg(String code) {
        return NodeFactory.createURI(CC.ID + "jp-lg/" + code);
    }

    void geonames(CSVRecord row, UnitIndex units) {
        String id = rows.require(row, "geonameid", "\\d+", "a numeric GeoNames id");
        Node place = NodeFactory.createURI(CC.ID + "geonames/" + id);
        if (units.holds(place)) {
            return; // another GeoNames file of the store describes it: GeoNames' places of 500 people, say
        }
        writer.place(place, CC.PopulatedPlace, row.get("name"), null);
        for (String alternative : row.get("altnames").split(";")) {
            writer.altName(place, alternative);
        }
        writer.text(place, CC.geonamesId, id);
        writer.add(place, Vocab.SKOS_EXACT_MATCH, NodeFactory.createURI(Vocab.GEONAMES + id + "/"));
        String country = row.get("country").strip();
        String admin = row.get("admin_code").strip();
        writer.within(place, country, admin.isEmpty() ? null : units.byGeoNamesCode(country + "." + admin));
        writer.text(place, CC.featureCode, row.get("feature_code"));
        String population = rows.require(row, "population", "\\d+", "a whole number of people");
        writer.add(place, CC.population, NodeFactory.createLiteralDT(population, XSDDatatype.XSDinteger));
        writer.point(place, rows.coordinate(row, "lat", 90), rows.coordinate(row, "lon", 180));
    }

    void province(CSVRecord row) {
        Node province = indonesian(row, CC.Province, writer.country("ID"));
        writer.text(province, CC.iso3166Code, PROVINCE_ISO.get(row.get("code").strip()));
    }

    /**
     * A regency or city, in its province; a city ({@code Kota Bogor}) is linked to the place of its name in its
     * province that another gazetteer (GeoNames) holds, found through the province's ISO code.
     */
    void regency(CSVRecord row, Links links) {
        String name = row.get("name").strip();
        String province = row.get("province_code").strip();
        Node regency = indonesian(row, name.startsWith("Kota ") ? CC.City : CC.Regency, kemendagri(province));
        String iso = PROVINCE_ISO.get(province);
        Node unit = iso == null ? null : links.units().byIso(iso);
        PlaceMatcher.Match match = unit == null || !name.startsWith("Kota ") ? null
            : links.matcher().inUnit(name, unit);
        if (match != null) {
            writer.add(regency, Vocab.SKOS_EXACT_MATCH, match.place());
        }
    }

    void district(CSVRecord row) {
        indonesian(row, CC.District, kemendagri(row.get("regency_code").strip()));
    }

    private Node indonesian(CSVRecord row, Node type, Node within) {
        String code = rows.require(row, "code", "\\d{2}(\\.\\d{2}){0,2}", "a Kemendagri code such as 32 or 32.73");
        Node place = kemendagri(code);
        writer.place(place, type, row.get("name"), "id");
        writer.text(place, CC.kemendagriCode, code);
        writer.add(place, CC.within, within);
        return place;
    }

    /**
     * A prefecture; one the store already holds as a unit of its ISO code (Natural Earth's) gets only its names and
     * code here, the unit's place and point being the other gazetteer's.
     */
    void prefecture(CSVRecord row, UnitIndex units) {
        String code = rows.require(row, "ISO3166-2", "JP-\\d{2}", "an ISO 3166-2 code such as JP-14");
        Node place = PlaceWriter.iso(code);
        writer.place(place, CC.Prefecture, row.get("pref"), "ja");
        writer.add(place, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang(row.get("pref_en"), "en"));
        writer.add(place, Vocab.SKOS_ALT_LABEL, NodeFactory.createLiteralLang(row.get("prefkana"), "ja-Hira"));
        writer.text(place, CC.iso3166Code, code);
        if (units.holds(place)) {
            return;
        }
        writer.add(place, CC.within, writer.country("JP"));
        writer.point(place, rows.coordinate(row, "lat", 90), rows.coordinate(row, "lng", 180));
    }

    /**
     * Wards ("横浜市 鶴見区") lie within their city; other municipalities within their prefecture. A municipality is
     * linked to the place of its name in the other gazetteer, each of those to the nearest municipality of that name
     * only: Kushiro city and Kushiro town are not both GeoNames' Kushiro.
     */
    void municipalities(PlaceMatcher matcher) {
        List<CSVRecord> all = rows.all();
        Map<String, String> cityCodes = new HashMap<>();
        for (CSVRecord row : all) {
            cityCodes.putIfAbsent(row.get("pid") + " " + row.get("city"), row.get("lgcode"));
        }
        Map<Node, Node> matched = new HashMap<>();
        Map<Node, Double> nearest = new HashMap<>();
        for (CSVRecord row : all) {
            String latin = Romaji.name(row.get("city"), row.get("citykana"));
            Node place = municipality(row, cityCodes, latin);
            if (latin != null && !row.get("city").strip().contains(" ")) {
                PlaceMatcher.Match match = matcher.match(latin, rows.coordinate(row, "lat", 90).doubleValue(),
                    rows.coordinate(row, "lng", 180).doubleValue());
                if (match != null && match.kilometres() < nearest.getOrDefault(match.place(), Double.MAX_VALUE)) {
                    nearest.put(match.place(), match.kilometres());
                    matched.put(match.place(), place);
                }
            }
        }
        matched.forEach((other, place) -> writer.add(place, Vocab.SKOS_EXACT_MATCH, other));
    }

    private Node municipality(CSVRecord row, Map<String, String> cityCodes, String latin) {
        String code = rows.require(row, "lgcode", "\\d{6}", "a six-digit local government code");
        String name = row.get("city");
        String prefecture = "JP-" + String.format("%02d", Integer.parseInt(rows.require(row, "pid", "\\d{1,2}",
            "a prefecture number from 1 to 47")));
        int space = name.indexOf(' ');
        Node type = space > 0 ? CC.District : name.endsWith("市") ? CC.City : CC.Municipality;
        Node place = lg(code);
        writer.place(place, type, name, "ja");
        writer.add(place, Vocab.SKOS_ALT_LABEL, NodeFactory.createLiteralLang(row.get("citykana"), "ja-Hira"));
        if (latin != null) {
            writer.add(place, Vocab.SKOS_ALT_LABEL, NodeFactory.createLiteralLang(latin, "ja-Latn"));
        }
        writer.text(place, CC.lgCode, code);
        String parent = space > 0 ? cityCodes.get(row.get("pid") + " " + name.substring(0, space)) : null;
        writer.add(place, CC.within, parent != null ? lg(parent) : PlaceWriter.iso(prefecture));
        writer.point(place, rows.coordinate(row, "lat", 90), rows.coordinate(row, "lng", 180));
        return place;
    }
}
