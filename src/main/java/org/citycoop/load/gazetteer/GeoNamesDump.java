package org.citycoop.load.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * GeoNames' own dump format ({@code cities500.txt}, {@code allCountries.txt}): one place a line, nineteen
 * tab-separated columns, no header, no quoting. Populated places (feature class P) and administrative divisions
 * (class A, but countries, which are named by their codes) are written with their name, their alternate names
 * ({@code skos:altLabel}, airport codes left out), codes, population and point, each inside the unit its admin1 code
 * names (else its admin2 code: Natural Earth's units are Italy's and Spain's provinces, GeoNames' admin1 their
 * regions), else inside its country. Places of other classes (mountains, rivers, hotels) are left out.
 */
final class GeoNamesDump {
    private static final Pattern TAB = Pattern.compile("\t");
    /** Airport codes, which GeoNames lists among a city's names ({@code CGN}, {@code VIE}). */
    private static final Pattern AIRPORT_CODE = Pattern.compile("[A-Z]{3,4}");
    private static final int COLUMNS = GazetteerFormat.DUMP_COLUMNS.size();
    private final String file;
    private final PlaceWriter writer;
    private final UnitIndex units;
    private long line;

    GeoNamesDump(String file, PlaceWriter writer, UnitIndex units) {
        this.file = file;
        this.writer = writer;
        this.units = units;
    }

    /** Whether a first line is a row of the dump: nineteen tab-separated fields, the first a GeoNames id. */
    static boolean isRow(String line) {
        String[] fields = TAB.split(line, -1);
        return fields.length == COLUMNS && fields[0].matches("[1-9][0-9]{0,11}");
    }

    void read(BufferedReader reader) throws IOException {
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (!text.isEmpty()) {
                row(TAB.split(text, -1));
            }
        }
    }

    private void row(String[] fields) {
        if (fields.length != COLUMNS) {
            throw new InputException(ErrorId.MALFORMED_CSV, new Location(file, line, 1), "a row of " + fields.length
                + " tab-separated fields", COLUMNS + " fields, as GeoNames' dump format has");
        }
        String featureClass = fields[6];
        String feature = fields[7];
        Node type = type(featureClass, feature);
        if (type == null) {
            return;
        }
        String id = require(fields, 0, "[1-9][0-9]{0,11}", "a numeric GeoNames id");
        Node place = NodeFactory.createURI(CC.ID + "geonames/" + id);
        if (units.holds(place)) {
            return; // another GeoNames file of the store describes it
        }
        String name = require(fields, 1, "\\P{Cc}{1,1000}", "a name of 1 to 1,000 characters");
        writer.place(place, type, name, null);
        names(place, name, fields[2], fields[3]);
        writer.text(place, CC.geonamesId, id);
        writer.add(place, Vocab.SKOS_EXACT_MATCH, NodeFactory.createURI(Vocab.GEONAMES + id + "/"));
        writer.text(place, CC.featureCode, feature);
        String population = require(fields, 14, "[0-9]{0,15}", "a whole number of people");
        if (!population.isEmpty()) {
            writer.add(place, CC.population, NodeFactory.createLiteralDT(population, XSDDatatype.XSDinteger));
        }
        writer.point(place, coordinate(fields, 4, 90), coordinate(fields, 5, 180));
        within(place, fields);
    }

    private static Node type(String featureClass, String feature) {
        if (featureClass.equals("P")) {
            return CC.PopulatedPlace;
        }
        if (!featureClass.equals("A") || feature.startsWith("PCL")) {
            return null;
        }
        return feature.equals("ADM1") ? CC.FirstLevelRegion : CC.AdministrativeRegion;
    }

    /** The ASCII name and the alternate names, each once, but the name itself and airport codes. */
    private void names(Node place, String name, String ascii, String alternates) {
        Set<String> names = new LinkedHashSet<>();
        names.add(ascii.strip());
        for (String alternate : alternates.split(",")) {
            String stripped = alternate.strip();
            if (!AIRPORT_CODE.matcher(stripped).matches()) {
                names.add(stripped);
            }
        }
        names.remove(name.strip());
        names.forEach(other -> writer.altName(place, other));
    }

    /** Inside the unit of its admin1 code, else of its admin2 code, else its country (if it has one). */
    private void within(Node place, String[] fields) {
        String country = fields[8].strip();
        Node unit = fields[10].isBlank() ? null : units.byGeoNamesCode(country + "." + fields[10].strip());
        if (unit == null && !fields[11].isBlank()) {
            unit = units.byGeoNamesCode(country + "." + fields[11].strip());
        }
        writer.within(place, country, unit);
    }

    private String require(String[] fields, int column, String regex, String expected) {
        String value = fields[column].strip();
        if (!value.matches(regex)) {
            throw new InputException(ErrorId.BAD_VALUE, new Location(file, line, 0), "field "
                + GazetteerFormat.DUMP_COLUMNS.get(column) + " is '" + shortened(value) + "'", expected);
        }
        return value;
    }

    private BigDecimal coordinate(String[] fields, int column, double limit) {
        String value = fields[column].strip();
        try {
            BigDecimal number = new BigDecimal(value);
            if (value.length() <= 30 && Math.abs(number.doubleValue()) <= limit) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(ErrorId.BAD_VALUE, new Location(file, line, 0), "field "
            + GazetteerFormat.DUMP_COLUMNS.get(column) + " is '" + shortened(value) + "'",
            "a coordinate from -" + (int) limit + " to " + (int) limit);
    }

    private static String shortened(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
