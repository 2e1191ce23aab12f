package org.citycoop.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citycoop.load.record.Family;

/**
 * Organisations by the shape of their names, known or not: governments (Pemerintah Kota X, City of X), councils
 * (DPRD Kota X), ministries (Kementerian X), departments and agencies of a government (Dinas X Kota Y), companies
 * (PT X), care homes (Panti Wreda X), schools and universities, alliances (X Alliance). A name the store knows gives
 * its key; a new one is returned with the type its shape implies.
 */
final class OrganisationPatterns {
    private static final String WORDS = "(?:\\s+(?:[A-Z][\\w.-]*|dan|and|of))*?";
    private static final String NAME = "[A-Z][\\w.-]*" + WORDS;

    /** A shape of organisation name and the type it implies. */
    private record Shape(Pattern pattern, String type) {
    }

    /** An organisation found by its shape. */
    record Found(String name, String type, String knownKey, String unitOfPlace) {
    }

    private static final List<Shape> SHAPES = List.of(
        new Shape(Pattern.compile("\\b(?:Pemerintah|Pemkot|Pemkab)\\s+(?:Kota|Kabupaten|Provinsi)\\s+" + NAME + "(?=[\\s,.;)]|$)"),
            "LocalGovernment"),
        new Shape(Pattern.compile("\\bCity of\\s+[A-Z][\\w-]*"), "LocalGovernment"),
        new Shape(Pattern.compile("\\bDPRD\\s+(?:Kota|Kabupaten|Provinsi)\\s+[A-Z][\\w-]*"), "Council"),
        new Shape(Pattern.compile("\\bKementerian\\s+[A-Z][\\w/.-]*(?:\\s+[A-Z][\\w/.-]*)*"), "Ministry"),
        new Shape(Pattern.compile("\\b(?:Dinas|Badan|Biro|Direktorat|Pusat)\\s+" + NAME + "\\s+(?:Kota|Kabupaten)\\s+[A-Z][\\w-]*"),
            "OrganisationalUnit"),
        new Shape(Pattern.compile("\\bPT\\.?\\s+[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3}"), "Company"),
        new Shape(Pattern.compile("\\bPanti\\s+(?:Wreda|Werdha|Jompo)\\s+[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,2}"), "CareHome"),
        new Shape(Pattern.compile("\\b(?:Universitas|Akademi|Sekolah|Politeknik|LPK|Institut)\\s+[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3}"),
            "EducationalInstitution"),
        new Shape(Pattern.compile("\\b[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3}\\s+Alliance\\b"), "Alliance"),
        // consulates and embassies, units of their country's foreign ministry: KJRI Osaka, Konsulat Jenderal Indonesia
        // di Darwin, Japanese consulate in Medan
        new Shape(Pattern.compile("\\b(?:KJRI|KBRI|Konsulat\\s+Jend[e]?ral|Konsulat|Kedutaan\\s+Besar|Kedubes)\\s+[A-Z][\\w-]*"
            + "(?:\\s+(?:di|untuk)\\s+[A-Z][\\w-]*)?"), "OrganisationalUnit"),
        new Shape(Pattern.compile("\\b[A-Z][a-z]+\\s+(?:consulate|embassy|Consulate|Embassy)(?:\\s+in\\s+[A-Z][\\w-]*)?"),
            "OrganisationalUnit"),
        new Shape(Pattern.compile("\\bDPRD\\s+(?!Kota\\b|Kabupaten\\b|Provinsi\\b)[A-Z][\\w-]*(?=[\\s,.;)]|$)"), "Council"),
        new Shape(Pattern.compile("\\bDewan\\s+(?:Prefektur|Provinsi|Kota|Kabupaten)\\s+[A-Z][\\w-]*"), "Council"),
        new Shape(Pattern.compile("\\bMinistry\\s+of\\s+[A-Z][\\w-]*(?:\\s+(?:[A-Z][\\w-]*|and|of))*(?<!\\s(?:and|of))"),
            "Ministry"),
        new Shape(Pattern.compile("\\bCV\\.?\\s+[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3}"), "Company"),
        new Shape(Pattern.compile("\\bYayasan\\s+[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3}"), "NonProfitOrganisation"));
    /**
     * A unit of a regional government whose name ends at the place it serves ({@code Dinas Pertanian Provinsi Bali},
     * {@code Badan Perencanaan Pembangunan Daerah (Bappeda) Pekanbaru}): its words, abbreviations in brackets among
     * them, up to a place found in the gazetteers.
     */
    private static final Pattern UNIT = Pattern.compile(
        "\\b(?:Dinas|Badan|Biro|Direktorat|Pusat|Sekretariat)(?:\\s+(?:[A-Z][\\w.-]*|dan|\\([A-Z][\\w ]{0,30}\\)))+");

    private final KnownThings known;

    OrganisationPatterns(KnownThings known) {
        this.known = known;
    }

    List<Found> find(String text) {
        return find(text, List.of());
    }

    /** The organisations of a sentence, units also ending at the places of the gazetteers found in it. */
    List<Found> find(String text, List<PlaceRules.Found> inGazetteers) {
        List<Found> found = new ArrayList<>();
        units(text, inGazetteers, found);
        List<KnownThings.Mention> posts = known.find(text, Family.POST);
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (posts.stream().anyMatch(p -> p.start() <= start && p.end() >= end - 1)) {
                    continue;
                }
                String name = m.group().strip().replaceAll("[,.]$", "");
                // a match that holds a known organisation's name is that organisation
                String knownKey = known.find(name, Family.ORGANISATION).stream()
                    .max(java.util.Comparator.comparingInt(k -> k.end() - k.start())).map(k -> k.thing().key())
                    .orElse(governmentByPlace(name, shape.type()));
                String unitOf = shape.type().equals("OrganisationalUnit") ? lastPlace(name) : null;
                if (found.stream().noneMatch(f -> f.name().equals(name))) {
                    found.add(new Found(name, shape.type(), knownKey, unitOf));
                }
            }
        }
        return found;
    }

    private void units(String text, List<PlaceRules.Found> inGazetteers, List<Found> found) {
        Matcher unit = UNIT.matcher(text);
        while (unit.find()) {
            int start = unit.start();
            int end = unit.end();
            inGazetteers.stream().filter(p -> p.start() > start && p.end() <= end)
                // the nearest place ends the unit: "Dinas Pertanian Provinsi Bali dan Ketua DPRD Medan"
                .min(java.util.Comparator.comparingInt(PlaceRules.Found::end)).ifPresent(place -> {
                    String name = text.substring(start, place.end());
                    if (found.stream().noneMatch(f -> f.name().equals(name))) {
                        found.add(new Found(name, "OrganisationalUnit", null, null));
                    }
                });
        }
    }

    /** "Pemerintah Kota Bandung" is the known government of the place Bandung, whatever its label. */
    private String governmentByPlace(String name, String type) {
        if (!type.equals("LocalGovernment")) {
            return null;
        }
        String place = lastPlace(name);
        return place == null ? null : known.governmentOf(place);
    }

    private String lastPlace(String name) {
        List<KnownThings.Mention> places = known.find(name, Family.PLACE);
        return places.isEmpty() ? null : places.get(places.size() - 1).thing().key();
    }
}
