package org.citycoop.bench;

/**
 * A city taken from the GeoNames gazetteer, with the keys its records get in a generated corpus.
 *
 * @param geonameId  GeoNames' identifier
 * @param name       its name in GeoNames
 * @param country    its ISO 3166 country code
 * @param population its population
 * @param lat        latitude
 * @param lon        longitude
 */
record City(String geonameId, String name, String country, long population, String lat, String lon) {

    String placeKey() {
        return "gn-" + geonameId;
    }

    String governmentKey() {
        return "gov-gn-" + geonameId;
    }

    String postKey() {
        return "mayor-gn-" + geonameId;
    }

    String countryKey() {
        return "country-" + country.toLowerCase(java.util.Locale.ROOT);
    }
}
