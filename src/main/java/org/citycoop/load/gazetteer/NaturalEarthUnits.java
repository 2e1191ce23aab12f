package org.citycoop.load.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * Natural Earth's admin-1 units (states, provinces, prefectures, counties, London boroughs...), read from the
 * attribute table as it is exported (121 columns). A unit is named by its ISO 3166-2 code ({@code id/iso3166/ID-JI}),
 * the IRI the Japanese prefectures and, through their codes, the Indonesian provinces share; a unit whose code is
 * missing or shared by another is named by Natural Earth's id ({@code id/naturalearth/1159310009}). Each lies within
 * its country, is labelled in the thirty languages of the table, and carries GeoNames' admin code, by which other
 * gazetteers put their places inside it. A Wikidata id that the table gives several units (Kyiv's, for the city and
 * its region) is left out, being no one unit's.
 */
final class NaturalEarthUnits {
    private static final String ISO = "[A-Z]{2}-[A-Z0-9]{1,3}";
    private final PlaceWriter writer;
    private final Rows rows;
    private final UnitIndex units;

    /**
     * @param units the units the store already holds: one of them (a Japanese prefecture) gets only the table's names
     *              and codes, its kind, place and point being the other gazetteer's
     */
    NaturalEarthUnits(PlaceWriter writer, Rows rows, UnitIndex units) {
        this.writer = writer;
        this.rows = rows;
        this.units = units;
    }

    void read() {
        List<CSVRecord> all = rows.all();
        Map<String, Integer> isoCodes = counts(all, "iso_3166_2");
        Map<String, Integer> items = counts(all, "wikidataid");
        for (CSVRecord row : all) {
            if (row.get("name").isBlank()) {
                continue; // a few leftover areas have no name at all (Antarctica's, Kiribati's): nothing to name them by
            }
            String iso = row.get("iso_3166_2").strip();
            boolean ownIso = iso.matches(ISO) && isoCodes.get(iso) == 1;
            Node unit = ownIso ? PlaceWriter.iso(iso) : NodeFactory.createURI(CC.ID + "naturalearth/"
                + rows.require(row, "ne_id", "[1-9][0-9]{0,11}", "Natural Earth's numeric id of a unit"));
            unit(row, unit, ownIso ? iso : null, items);
        }
    }

    private static Map<String, Integer> counts(List<CSVRecord> all, String column) {
        Map<String, Integer> counts = new HashMap<>();
        all.forEach(row -> counts.merge(row.get(column).strip(), 1, Integer::sum));
        return counts;
    }

    private void unit(CSVRecord row, Node unit, String iso, Map<String, Integer> items) {
        boolean known = iso != null && units.holds(unit);
        if (!known) {
            writer.add(unit, Vocab.RDF_TYPE, type(row));
        }
        writer.text(unit, Vocab.RDFS_LABEL, row.get("name"));
        names(row, unit);
        writer.text(unit, CC.iso3166Code, iso);
        writer.text(unit, CC.featureCode, "ADM1");
        String code = row.get("gn_a1_code").strip();
        if (code.matches("[A-Z]{2}\\.[A-Za-z0-9]{1,20}")) {
            writer.text(unit, CC.geonamesAdminCode, code);
        }
        String geonames = row.get("gn_id").strip();
        if (geonames.matches("[1-9][0-9]{0,11}")) {
            writer.add(unit, Vocab.SKOS_EXACT_MATCH, NodeFactory.createURI(Vocab.GEONAMES + geonames + "/"));
        }
        String item = row.get("wikidataid").strip();
        if (item.matches("Q[1-9][0-9]{0,11}") && items.get(item) == 1) {
            writer.text(unit, CC.wikidataId, item);
            writer.add(unit, Vocab.SKOS_EXACT_MATCH, NodeFactory.createURI(Vocab.WIKIDATA_ENTITY + item));
        }
        if (!known) {
            writer.within(unit, row.get("iso_a2"), null);
            writer.point(unit, rows.coordinate(row, "latitude", 90), rows.coordinate(row, "longitude", 180));
        }
    }

    /**
     * Provinces and prefectures by their own classes (every first-level unit of Indonesia is a province, Jakarta's
     * and Yogyakarta's special regions too; of Japan, a prefecture), the other kinds of unit as first-level regions.
     */
    private static Node type(CSVRecord row) {
        String kind = row.get("type_en").toLowerCase(Locale.ROOT);
        if (kind.contains("province") || row.get("iso_a2").equals("ID")) {
            return CC.Province;
        }
        return kind.contains("prefecture") || row.get("iso_a2").equals("JP") ? CC.Prefecture : CC.FirstLevelRegion;
    }

    /** The names in each language of the table ({@code name_ja}...) and the local name. */
    private void names(CSVRecord row, Node unit) {
        for (String column : rows.columns()) {
            String value = row.get(column).strip();
            if (column.startsWith("name_") && column.length() <= 8 && !value.isEmpty() && !column.equals("name_len")
                    && !column.equals("name_alt") && !column.equals("name_local")) {
                String language = column.equals("name_zht") ? "zh-Hant" : column.substring(5);
                writer.add(unit, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang(value, language));
            }
        }
        // name_alt is left out: for Italy's provinces it gives their regions' names (Kalabrien for Catanzaro)
        String local = row.get("name_local").strip();
        if (!local.equals(row.get("name").strip())) {
            writer.altName(unit, local);
        }
    }
}
