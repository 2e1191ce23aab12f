package org.citycoop.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The licences of the data CityCoop keeps: its curated records', and those of the public sources it imports. */
public enum Licence {
    /** Creative Commons Attribution 4.0: the curated records, GeoNames. */
    CC_BY_4("https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0"),
    /** Creative Commons Attribution-ShareAlike 4.0: what comes from Wikipedia. */
    CC_BY_SA_4("https://creativecommons.org/licenses/by-sa/4.0/", "CC BY-SA 4.0"),
    /** Creative Commons Zero: Wikidata, the Japanese municipality lists. */
    CC0("https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0"),
    /** Open Database License 1.0: the Indonesian lists of provinces, regencies and districts, countrystatecity. */
    ODBL("https://opendatacommons.org/licenses/odbl/1-0/", "ODbL 1.0"),
    /** In the public domain, marked so (Creative Commons Public Domain Mark): Natural Earth. */
    PUBLIC_DOMAIN("https://creativecommons.org/publicdomain/mark/1.0/", "Public Domain Mark 1.0");

    private final String iri;
    private final String label;

    Licence(String iri, String label) {
        this.iri = iri;
        this.label = label;
    }

    public Node node() {
        return NodeFactory.createURI(iri);
    }

    public String label() {
        return label;
    }

    /** A licence and the attribution its source asks for. */
    public record Terms(Licence licence, String attribution) {
    }
}
