package org.citycoop.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** The corpus's YAML files: the governments and their mayors, and one file per report. */
final class RecordFiles {
    private static final String[] AGREEMENTS = {"LetterOfIntent", "MemorandumOfUnderstanding", "CooperationAgreement",
        "SisterCityAgreement"};
    private static final String[] TOPICS = {"urban-development", "transport", "smart-city", "environment",
        "waste-management", "human-resource-development", "social-welfare", "elderly-care", "green-economy"};
    private final List<City> cities;
    private final Random random;
    private final Yaml yaml;
    private final SyntheticNames names;

    RecordFiles(List<City> cities, Random random) {
        this.cities = cities;
        this.random = random;
        this.names = new SyntheticNames(random);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        this.yaml = new Yaml(options);
    }

    /**
     * Each city's government, and its mayor holding the mayor's post since a year of the last three decades, in
     * files of {@link CorpusGenerator#PART_SIZE} cities each; returns how many files.
     */
    int writeGovernmentsAndMayors(Path out) throws IOException {
        int parts = 0;
        for (int from = 0; from < cities.size(); from += CorpusGenerator.PART_SIZE) {
            List<City> part = cities.subList(from, Math.min(cities.size(), from + CorpusGenerator.PART_SIZE));
            String name = CorpusGenerator.partName("synthetic-governments", ++parts, "yaml");
            writeGovernments(out.resolve(name), name.substring(0, name.length() - ".yaml".length()), part);
        }
        return parts;
    }

    private void writeGovernments(Path file, String key, List<City> part) throws IOException {
        List<Object> organisations = new ArrayList<>();
        List<Object> people = new ArrayList<>();
        for (City city : part) {
            organisations.add(map("key", city.governmentKey(), "type", "LocalGovernment",
                "name", map("en", "Government of " + city.name()), "governs", city.placeKey()));
            people.add(map("key", mayorKey(city), "name", names.next(),
                "posts", List.of(map("post", city.postKey(), "from", 1995 + random.nextInt(30)))));
        }
        Map<String, Object> content = map("source", map("key", key, "type", "CuratedRecord",
            "title", "Generated governments and mayors", "language", "en"));
        content.put("organisations", organisations);
        content.put("people", people);
        dump(file, content);
    }

    /** A report on a visit or meeting of two cities, the agreement their governments made, and their cooperation. */
    void writeReport(Path folder, int number, int[] pair) throws IOException {
        City host = cities.get(pair[random.nextInt(2) == 0 ? 0 : 1]);
        City guest = host == cities.get(pair[0]) ? cities.get(pair[1]) : cities.get(pair[0]);
        String key = String.format("synthetic-report-%06d", number);
        String date = String.format("%d-%02d-%02d", 1975 + random.nextInt(51), 1 + random.nextInt(12), 1 + random.nextInt(28));
        boolean visit = random.nextBoolean();
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        Map<String, Object> file = map("source", map("key", key, "type", "NewsArticle", "title",
            visit ? "Mayor of " + guest.name() + " visits " + host.name()
                : "Mayors of " + guest.name() + " and " + host.name() + " meet in " + host.name(),
            "language", "en", "publisherName", "Synthetic News", "issued", date));
        file.put("events", List.of(event(key, date, visit, host, guest, topic)));
        file.put("agreements", List.of(agreement(key, date, host, guest, topic)));
        file.put("cooperations", List.of(map("key", key + "-cooperation", "name", map("en", "Cooperation of "
            + host.name() + " and " + guest.name()), "partners", List.of(host.governmentKey(), guest.governmentKey()),
            "through", List.of(key + "-agreement", key + "-event"), "status", "active", "date", date.substring(0, 4),
            "topics", List.of(topic))));
        dump(folder.resolve(key + ".yaml"), file);
    }

    private Map<String, Object> event(String key, String date, boolean visit, City host, City guest, String topic) {
        return map("key", key + "-event", "type", visit ? "Visit" : "Meeting",
            "name", map("en", (visit ? "Visit of " + guest.name() + " to " : "Meeting of " + guest.name() + " and ")
                + host.name()), "date", date, "place", host.placeKey(), "hosts", host.governmentKey(),
            "visitors", guest.governmentKey(), "status", "completed", "topics", List.of(topic),
            "participants", List.of(
                map("person", mayorKey(host), "role", "host", "post", host.postKey(), "for", host.governmentKey()),
                map("person", mayorKey(guest), "role", "leader", "post", guest.postKey(), "for", guest.governmentKey())));
    }

    private Map<String, Object> agreement(String key, String date, City host, City guest, String topic) {
        boolean recent = date.compareTo("2024") >= 0;
        return map("key", key + "-agreement", "type", AGREEMENTS[random.nextInt(AGREEMENTS.length)],
            "name", map("en", "Agreement of " + host.name() + " and " + guest.name()),
            "parties", List.of(host.governmentKey(), guest.governmentKey()),
            "status", recent ? "planned" : "signed", "date", date, "topics", topic);
    }

    private static String mayorKey(City city) {
        return "mayor-of-gn-" + city.geonameId();
    }

    private void dump(Path file, Map<String, Object> content) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            yaml.dump(content, writer);
        }
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
