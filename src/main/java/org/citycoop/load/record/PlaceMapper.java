package org.citycoop.load.record;

import java.math.BigDecimal;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/** Places: countries, provinces, prefectures, cities, regencies, districts, islands, venues. */
final class PlaceMapper extends SectionMapper {
    PlaceMapper() {
        super(Family.PLACE, null, "name", "within", "wikidata", "geonames", "kemendagri", "iso3166", "lgcode",
            "lat", "lon");
    }

    @Override
    void emit(Fields f, Definition self, Emitter out) {
        Node s = self.iri();
        out.label(s, Vocab.RDFS_LABEL, f, "name");
        out.link(s, CC.within, f, "within", Family.PLACE);
        ScalarValue wikidata = out.matching(f, "wikidata", "Q[1-9][0-9]*", "a Wikidata id such as Q10389");
        out.literal(s, CC.wikidataId, wikidata, "wikidata");
        out.exactMatch(s, wikidata, Vocab.WIKIDATA_ENTITY, "");
        ScalarValue geonames = out.matching(f, "geonames", "[1-9][0-9]*", "a GeoNames id such as 1650357");
        out.literal(s, CC.geonamesId, geonames, "geonames");
        out.exactMatch(s, geonames, Vocab.GEONAMES, "/");
        out.literal(s, CC.kemendagriCode, out.matching(f, "kemendagri", "\\d{2}(\\.\\d{2}){0,2}(\\.\\d{4})?",
            "a Kemendagri code such as 32.73"), "kemendagri");
        out.literal(s, CC.iso3166Code, out.matching(f, "iso3166", "[A-Z]{2}(-[A-Z0-9]{1,3})?",
            "an ISO 3166 code such as ID or JP-14"), "iso3166");
        out.literal(s, CC.lgCode, out.matching(f, "lgcode", "\\d{6}", "a six-digit Japanese local government code"),
            "lgcode");
        geometry(f, s, out);
    }

    private static void geometry(Fields f, Node s, Emitter out) {
        BigDecimal lat = out.decimal(f, "lat", -90, 90);
        BigDecimal lon = out.decimal(f, "lon", -180, 180);
        if (lat == null && lon == null) {
            return;
        }
        if (lat == null || lon == null) {
            String missing = lat == null ? "lat" : "lon";
            throw new InputException(ErrorId.MISSING_FIELD, f.location(), "a place with only one coordinate",
                "both lat and lon, or neither (add '" + missing + "')");
        }
        Node geometry = NodeFactory.createURI(s.getURI() + "/geometry");
        out.add(s, Vocab.GEO_HAS_GEOMETRY, geometry);
        out.type(geometry, NodeFactory.createURI(Vocab.GEO + "Geometry"));
        String wkt = "POINT(" + lon.toPlainString() + " " + lat.toPlainString() + ")";
        out.add(geometry, Vocab.GEO_AS_WKT, NodeFactory.createLiteralDT(wkt,
            org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(Vocab.GEO_WKT_LITERAL)));
    }
}
