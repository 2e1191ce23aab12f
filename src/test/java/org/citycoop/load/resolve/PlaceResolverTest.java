package org.citycoop.load.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names as twin-town tables write them, against a gazetteer written out here. */
class PlaceResolverTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void gazetteer() {
        Gazetteer gazetteer = new Gazetteer();
        add(gazetteer, "698740", "Odessa", "UA", "PPLA", 1001558, 46.47747, 30.73262);
        add(gazetteer, "5527554", "Odessa", "US", "PPLA2", 118968, 31.84568, -102.36764);
        add(gazetteer, "1859146", "Kochi", "JP", "PPLA", 335570, 33.55, 133.53333);
        add(gazetteer, "680963", "Constanţa", "RO", "PPLA", 303399, 44.18073, 28.63432);
        add(gazetteer, "751324", "Bağcılar", "TR", "PPL", 724270, 41.03903, 28.85671);
        add(gazetteer, "3658666", "Cuenca", "EC", "PPLA", 276964, -2.90055, -79.00453);
        add(gazetteer, "3124132", "Cuenca", "ES", "PPLA2", 55866, 40.06667, -2.13333);
        add(gazetteer, "1716618", "Cuenca", "PH", "PPLA3", 21558, 13.902, 121.0521);
        add(gazetteer, "3067696", "Prague", "CZ", "PPLC", 1165581, 50.08804, 14.42076);
        add(gazetteer, "2643743", "London", "GB", "PPLC", 8961989, 51.50853, -0.12574);
        add(gazetteer, "4517009", "London", "US", "PPL", 38000, 39.88645, -83.44825);
        add(gazetteer, "1865714", "Ageoshimo", "JP", "PPLA2", 219401, 35.97145, 139.61382);
        add(gazetteer, "2867714", "Munich", "DE", "PPLA", 1260391, 48.13743, 11.57549);
        add(gazetteer, "3199392", "Gornji Vakuf", "BA", "PPLA3", 7014, 43.93806, 17.58833);
        add(gazetteer, "8224216", "Letchworth Garden City", "GB", "PPL", 43529, 51.97938, -0.22664);
        add(gazetteer, "4026082", "Heroica Caborca", "MX", "PPLA2", 59922, 30.71613, -112.15417);
        add(gazetteer, "515012", "Orël", "RU", "PPLA", 324200, 52.96508, 36.07849);
        add(gazetteer, "11903636", "Donaustadt", "AT", "PPLX", 187007, 48.2333, 16.46002);
        add(gazetteer, "2654675", "Brighton", "GB", "PPLA2", 139001, 50.82838, -0.13947);
        add(gazetteer, "4930505", "Brighton", "US", "PPL", 16000, 42.35, -71.15);
        add(gazetteer, "2654999", "Bonn", "DE", "PPLA3", 313958, 50.73438, 7.09549);
        add(gazetteer, "1851100", "Suffolk", "US", "PPLA2", 88161, 36.72836, -76.58496);
        add(gazetteer, "3171728", "Padova", "IT", "PPLA2", 203725, 45.40797, 11.88586);
        add(gazetteer, "2861650", "Nürnberg", "DE", "PPL", 499237, 49.45421, 11.07752);
        add(gazetteer, "2635650", "Torquay", "GB", "PPL", 65388, 50.46198, -3.52522);
        add(gazetteer, "261745", "Irákleion", "GR", "PPLA", 137154, 35.32787, 25.14341);
        add(gazetteer, "90001", "Capova", "IT", "PPL", 3000, 41.0, 14.0);
        world(gazetteer);
        resolver = new PlaceResolver(gazetteer);
    }

    /** Places of the world's gazetteers: units, districts, other names, places some names are parts of. */
    private static void world(Gazetteer g) {
        add(g, "524901", "Moscow", "RU", "PPLC", 10381222, 55.75222, 37.61556);
        g.addName(iri("524901"), "Moskau", true);
        g.addName(iri("524901"), "Moskva", true);
        add(g, "3060972", "Bratislava", "SK", "PPLC", 423737, 48.14816, 17.10674);
        add(g, "3058000", "Rača", "SK", "PPLX", 20000, 48.20, 17.15);
        add(g, "2925177", "Forchheim", "DE", "PPLA3", 30000, 49.71754, 11.05877);
        add(g, "unit-JP-12", "Chiba", "JP", "ADM1", 0, 35.5, 140.3);
        add(g, "2113015", "Chiba", "JP", "PPLA", 919729, 35.6, 140.11667);
        add(g, "unit-MX-SLP", "San Luis Potosí", "MX", "ADM1", 0, 22.6, -100.43);
        g.add(new GazetteerPlace(iri("3985606"), "San Luis Potosí", "MX", "PPLA", 677704, 22.14982, -100.97916,
            iri("unit-MX-SLP")));
        add(g, "2911522", "Halle (Saale)", "DE", "PPL", 237865, 51.48158, 11.97947);
        add(g, "2911520", "Halle", "BE", "PPL", 35000, 50.73, 4.24);
        g.addName(iri("3067696"), "Praha", true);
        add(g, "csc-praha-10", "Praha 10", "CZ", null, 0, 50.07, 14.47);
        add(g, "8948854", "Pieve", "IT", "PPL", 3286, 45.53924, 11.8293);
        add(g, "2649570", "Felton", "GB", "PPL", 900, 51.38, -2.68);
        add(g, "unit-PH-ILC", "Iloilo City", "PH", "ADM1", 0, 10.74, 122.54);
        add(g, "1711005", "Iloilo", "PH", "PPLA2", 387681, 10.69694, 122.56444);
    }

    private static org.apache.jena.graph.Node iri(String id) {
        return NodeFactory.createURI("urn:geonames:" + id);
    }

    private static void add(Gazetteer gazetteer, String id, String name, String country, String feature,
            long population, double lat, double lon) {
        gazetteer.add(new GazetteerPlace(NodeFactory.createURI("urn:geonames:" + id), name, country, feature, population,
            lat, lon));
    }

    private static String resolved(String name, String country, double lat, double lon) {
        Resolution resolution = resolver.resolve(name, country, lat, lon);
        return resolution.resolved() ? resolution.place().iri().getURI().replace("urn:geonames:", "") : null;
    }

    @Test
    void accentsAndDiacriticsFold() {
        assertEquals("1859146", resolved("Kōchi", "Japan", 33.5597, 133.5311));
        assertEquals("680963", resolved("Constanța", "Romania", 44.1733, 28.6383));
        assertEquals("751324", resolved("Bagcilar", "Turkey", Double.NaN, Double.NaN));
    }

    @Test
    void aTransliterationWithOneLetterFewerFindsItsPlace() {
        assertEquals("698740", resolved("Odesa", "Ukraine", 46.4775, 30.7326));
    }

    @Test
    void theCountryChoosesAmongPlacesOfOneName() {
        assertEquals("3658666", resolved("Cuenca", "Ecuador", -2.8974, -79.0042));
        assertEquals("3124132", resolved("Cuenca", "Spain", 40.07, -2.13));
        assertEquals("698740", resolved("Odessa", "Ukraine", Double.NaN, Double.NaN));
    }

    @Test
    void countriesAsTablesWriteThem() {
        assertEquals("2643743", resolved("London", "England, United Kingdom", 51.5072, -0.1275));
        assertEquals(Optional.of("GB"), Countries.get().code("Scotland"));
        assertEquals(Optional.of("GE"), Countries.get().code("Georgia (country)"));
        assertEquals(Optional.of("RE"), Countries.get().code("Réunion, France"));
        assertEquals(Optional.of("CZ"), Countries.get().code("Czech Republic"));
    }

    @Test
    void withoutAKnownCountryTheCoordinatesChoose() {
        assertEquals("2643743", resolved("London", "Atlantis", 51.5, -0.12));
        assertNull(resolved("London", "Atlantis", Double.NaN, Double.NaN), "London of no country is ambiguous");
    }

    @Test
    void aSimilarNameNearTheCoordinatesResolvesAndADistrictDoesNot() {
        assertEquals("1865714", resolved("Ageo", "Japan", 35.9774, 139.5932));
        assertNull(resolved("Prague 6", "Czech Republic", 50.102, 14.2706));
        assertNull(resolved("Munich-Pasing", "Germany", 48.15, 11.46));
    }

    @Test
    void aPlaceAtTheCoordinatesNamedWithWordsAddedOrAnotherSpellingResolves() {
        assertEquals("3199392", resolved("Gornji Vakuf-Uskoplje", "Bosnia and Herzegovina", 43.9333, 17.5833));
        assertEquals("8224216", resolved("Letchworth", "England", 51.978, -0.23));
        assertEquals("4026082", resolved("Caborca", "Mexico", 30.7167, -112.15));
        assertEquals("515012", resolved("Oryol", "Russia", 52.9686, 36.0694));
        assertEquals("11903636", resolved("Vienna 22 – Donaustadt", "Austria", 48.2333, 16.4600));
    }

    @Test
    void aCityIsNotTakenForItsDistrictNorANamesakeAbroad() {
        assertNull(resolved("Bonn – Beuel", "Germany", 50.7387, 7.1245));
        assertNull(resolved("North Bonn", "Germany", 50.7387, 7.1245));
        assertNull(resolved("Munich District", "Germany", 48.13, 11.57));
        // the table gives the English Brighton's coordinates for a Brighton in the United States
        Resolution brighton = resolver.resolve("Brighton", "United States", 50.8208, -0.1375);
        assertNotEquals("2654675", brighton.resolved() ? brighton.place().iri().getURI().replace("urn:geonames:", "")
            : null);
    }

    @Test
    void theOnePlaceOfItsNameInItsCountryIsTakenWhenTheCoordinatesAreANamesakesAbroad() {
        Resolution suffolk = resolver.resolve("Suffolk", "United States", 52.2, 1.0);
        assertEquals(Resolution.Status.AMBIGUOUS, suffolk.status(), "the coordinates may be a small namesake's");
        assertEquals("4930505", resolved("Brighton", "United States", 50.8208, -0.1375),
            "the coordinates are the English Brighton's: the one Brighton of the country is meant");
    }

    @Test
    void aPlaceOfTheNameFarFromTheCoordinatesIsNotTaken() {
        Resolution far = resolver.resolve("Cuenca", "Philippines", 7.0, 125.0);
        assertFalse(far.resolved());
        assertEquals(Resolution.Status.AMBIGUOUS, far.status());
        assertEquals(1, far.candidates().size());
    }

    @Test
    void aNameOfNoPlaceIsUnresolved() {
        Resolution none = resolver.resolve("Atlantis", "Greece", 36.4, 25.4);
        assertEquals(Resolution.Status.UNRESOLVED, none.status());
        assertEquals("GR", none.country());
    }

    @Test
    void aOneWordNameMayBeTheEnglishNameOfTheCityAtTheCoordinates() {
        assertEquals("3171728", resolved("Padua", "Italy", 45.4078, 11.8733));
        assertEquals("2861650", resolved("Nuremberg", "Germany", 49.4539, 11.0775));
        assertNull(resolved("Torbay", "England", 50.4500, -3.5500), "Torquay is a town of Torbay, 2.5 km away");
        assertNull(resolved("Heraklion", "Greece", 35.3400, 25.1340), "not spelt with the same first letter");
        assertNull(resolved("Padua Hills", "Italy", 45.4078, 11.8733), "more words than a city's name");
        assertNull(resolved("Capua", "Italy", 41.0, 14.0), "a town too small to be known by an English name");
        assertNull(resolved("Padua", "France", 45.4078, 11.8733), "a city of another country");
    }

    @Test
    void anotherNameOfAPlaceFindsIt() {
        assertEquals("524901", resolved("Moskau", "Russia", Double.NaN, Double.NaN));
        assertEquals("524901", resolved("Moskau", "", Double.NaN, Double.NaN), "alone of its name in the world");
    }

    @Test
    void aDistrictIsLookedForInsideItsCityAndNeverTakenForIt() {
        assertEquals("3058000", resolved("Rača (Bratislava)", "Slovakia", 48.2, 17.15));
        assertNull(resolved("Petržalka (Bratislava)", "Slovakia", 48.11, 17.11), "not Bratislava");
        assertEquals("csc-praha-10", resolved("Prague 10", "Czech Republic", 50.07, 14.47),
            "a numbered district under another name of its city");
    }

    @Test
    void anAreasNameIsAUnitsNeverATownsOfThatName() {
        assertNull(resolved("Forchheim (district)", "Germany", 49.75, 11.08), "no unit of that name: not the town");
        assertEquals("unit-JP-12", resolved("Chiba Prefecture", "Japan", 35.5, 140.3));
        assertEquals("2113015", resolved("Chiba", "Japan", 35.6, 140.1), "the city, of a plain name");
    }

    @Test
    void aUnitGivesWayToTheTownThatIsItsSeat() {
        assertEquals("3985606", resolved("San Luis Potosí", "Mexico", 22.6, -100.43),
            "the city, though the list gives the state's coordinates, 80 km off");
        assertEquals("1711005", resolved("Iloilo City", "Philippines", 10.72, 122.56),
            "the town a looser key finds, not the unit of the whole name");
    }

    @Test
    void bracketsThatAreAPlacesOwnNameAreKept() {
        assertEquals("2911522", resolved("Halle (Saale)", "Germany", 51.48, 11.97));
    }

    @Test
    void aNameCutOrSpeltAnotherWayIsOnlyTakenNearItsCoordinates() {
        assertNull(resolved("Pieve del Grappa", "Italy", 45.85, 11.8), "Pieve, 35 km away, is another place");
        assertNull(resolved("Filton", "England", 51.51, -2.57), "Felton, a letter off and 15 km away, is another place");
    }
}
