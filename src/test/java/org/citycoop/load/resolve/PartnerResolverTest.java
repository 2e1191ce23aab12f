package org.citycoop.load.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names without country or coordinates, told apart by their partners: Odessa in Texas and in Ukraine, Kochi, and
 * names of no place that the partners' twinnings in another source point to.
 */
class PartnerResolverTest {
    private static final Node KOCHI = place("1859146");
    private static final Node TOYOTA = place("1849814");
    private static final Node SUWON = place("1835553");
    private static final Node ODESSA_UA = place("698740");
    private static final Node ODESSA_US = place("5527554");
    private static final Node MIDLAND = place("5526337");
    private static PartnerResolver resolver;

    @BeforeAll
    static void gazetteer() {
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.add(new GazetteerPlace(KOCHI, "Kochi", "JP", "PPLA", 335570, 33.55, 133.53));
        gazetteer.add(new GazetteerPlace(TOYOTA, "Toyota", "JP", "PPLA2", 362383, 35.08, 137.15));
        gazetteer.add(new GazetteerPlace(SUWON, "Suwon", "KR", "PPLA", 1242724, 37.29, 127.01));
        gazetteer.add(new GazetteerPlace(ODESSA_UA, "Odessa", "UA", "PPLA", 1001558, 46.48, 30.73));
        gazetteer.add(new GazetteerPlace(ODESSA_US, "Odessa", "US", "PPLA2", 118968, 31.85, -102.37));
        gazetteer.add(new GazetteerPlace(MIDLAND, "Midland", "US", "PPLA2", 136872, 32.0, -102.08));
        gazetteer.addTwinning(KOCHI, TOYOTA);
        gazetteer.addTwinning(KOCHI, SUWON);
        gazetteer.addTwinning(ODESSA_US, MIDLAND);
        resolver = new PartnerResolver(new PlaceResolver(gazetteer), gazetteer);
    }

    @Test
    void ofSeveralPlacesOfTheNameTheOneTwinnedWithAPartnerIsTaken() {
        Map<String, Resolution> resolved = resolver.resolve(Map.of("Q1", "Odessa", "Q2", "Midland"),
            Map.of("Q1", Set.of("Q2"), "Q2", Set.of("Q1")));
        assertEquals(ODESSA_US, resolved.get("Q1").place().iri());
        Map<String, Resolution> alone = resolver.resolve(Map.of("Q1", "Odessa"), Map.of());
        assertEquals(ODESSA_UA, alone.get("Q1").place().iri(), "without partners, the clearly bigger one");
    }

    @Test
    void aNameOfNoPlaceIsThePlaceItsPartnersAreTwinnedWithWhenTheNameIsAlike() {
        Map<String, Resolution> resolved = resolver.resolve(Map.of("Q1", "Kotji", "Q2", "Toyota", "Q3", "Suwon",
            "Q4", "Zzyzx"), Map.of("Q1", Set.of("Q2", "Q3"), "Q4", Set.of("Q2", "Q3")));
        assertEquals(KOCHI, resolved.get("Q1").place().iri(), resolved.get("Q1").how());
        assertEquals(Resolution.Status.UNRESOLVED, resolved.get("Q4").status(), "a name nothing like Kochi");
    }

    @Test
    void oneTwinnedPartnerIsNotEnoughForANameOfNoPlace() {
        Map<String, Resolution> resolved = resolver.resolve(Map.of("Q1", "Kotji", "Q2", "Toyota"),
            Map.of("Q1", Set.of("Q2")));
        assertEquals(Resolution.Status.UNRESOLVED, resolved.get("Q1").status());
    }

    private static Node place(String id) {
        return NodeFactory.createURI("urn:geonames:" + id);
    }
}
