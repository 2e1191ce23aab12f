package org.citycoop.load.gazetteer;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * Writes the triples of a gazetteer's places, and the small shapes every place shares: its type and name, codes,
 * a point, the place it lies directly within. Countries are written once per source, named by their ISO 3166-1 code
 * ({@code id/iso3166/JP}) and labelled in the languages the twin-town sources and the reports use.
 */
public final class PlaceWriter {
    /** The languages a country is labelled in: the reports', the analysts', Wikidata's labels' (German first). */
    private static final List<String> LANGUAGES = List.of("en", "id", "ja", "de", "fr", "es", "it", "nl", "pt", "ru",
        "zh", "ko", "pl");
    private final StreamRDF out;
    private final Set<String> countries = new HashSet<>();

    PlaceWriter(StreamRDF out) {
        this.out = out;
    }

    static Node iso(String code) {
        return NodeFactory.createURI(CC.ID + "iso3166/" + code);
    }

    void add(Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
    }

    void text(Node s, Node p, String text) {
        if (text != null && !text.isBlank()) {
            add(s, p, NodeFactory.createLiteralString(text.strip()));
        }
    }

    /** A name in no language in particular (a gazetteer's, which writes each place in its own way). */
    void altName(Node s, String name) {
        text(s, Vocab.SKOS_ALT_LABEL, name);
    }

    void place(Node place, Node type, String name, String language) {
        add(place, Vocab.RDF_TYPE, type);
        add(place, Vocab.RDFS_LABEL, language == null ? NodeFactory.createLiteralString(name.strip())
            : NodeFactory.createLiteralLang(name.strip(), language));
    }

    /** The country of an ISO 3166-1 code, written the first time this source names it; the country's node. */
    Node country(String code) {
        Node country = iso(code);
        if (countries.add(code)) {
            add(country, Vocab.RDF_TYPE, CC.Country);
            text(country, CC.iso3166Code, code);
            Locale locale = new Locale("", code);
            for (String language : LANGUAGES) {
                String name = locale.getDisplayCountry(Locale.forLanguageTag(language));
                if (!name.isBlank() && !name.equals(code)) {
                    add(country, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang(name, language));
                }
            }
        }
        return country;
    }

    /**
     * Writes that a place lies in the country of an ISO 3166-1 code, and the country itself, for sources that are
     * not gazetteers (a twin-town table's places that no gazetteer holds); a code of no country writes nothing.
     */
    public static void inCountry(StreamRDF out, Node place, String code) {
        new PlaceWriter(out).within(place, code, null);
    }

    /** Whether a text is a country code this writer can name: two capital letters ISO 3166-1 knows. */
    static boolean isCountryCode(String code) {
        return code != null && code.matches("[A-Z]{2}") && (Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)
            .contains(code) || code.equals("XK"));
    }

    /**
     * Writes a place's country code, and the unit it lies directly within (null for none known), else its country; a
     * code of no country writes nothing.
     */
    void within(Node place, String countryCode, Node unit) {
        String code = countryCode == null ? "" : countryCode.strip();
        if (!isCountryCode(code)) {
            return;
        }
        text(place, CC.countryCode, code);
        Node country = country(code);
        add(place, CC.within, unit != null && !unit.equals(place) ? unit : country);
    }

    void point(Node place, BigDecimal lat, BigDecimal lon) {
        Geometry.point(out, place, lat, lon);
    }
}
