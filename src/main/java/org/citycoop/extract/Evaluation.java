package org.citycoop.extract;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.citycoop.extract.Statement.Kind;
import org.citycoop.store.Store;

/**
 * Compares what the extractor found in reports with the curated records of the same reports (the gold standard,
 * found by the report's SHA-256), kind by kind: true and false positives, misses, precision, recall and F1.
 */
public final class Evaluation {
    /** Counts of one kind, summed over the reports. */
    public static final class Score {
        private int truePositives;
        private int falsePositives;
        private int falseNegatives;
        private final List<String> errors = new ArrayList<>();

        /** Adds counts, and the error they show when it is not null. */
        void count(int hits, int wrong, int missed, String error) {
            truePositives += hits;
            falsePositives += wrong;
            falseNegatives += missed;
            if (error != null) {
                errors.add(error);
            }
        }

        public int truePositives() {
            return truePositives;
        }

        public int falsePositives() {
            return falsePositives;
        }

        public int falseNegatives() {
            return falseNegatives;
        }

        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** The statements found but not in the gold ("+") and the gold statements missed ("-"). */
        public List<String> errors() {
            return errors;
        }
    }

    private final Map<Kind, Score> scores = new EnumMap<>(Kind.class);

    public Evaluation() {
        for (Kind kind : Kind.values()) {
            scores.put(kind, new Score());
        }
    }

    public Map<Kind, Score> scores() {
        return scores;
    }

    /** Adds one report: what was extracted against the gold of the source with this SHA-256. */
    public void add(Extraction extraction, Store gold, String sha256) {
        Map<Kind, Set<String>> expected = gold(gold, sha256);
        Map<Kind, Set<String>> found = new EnumMap<>(Kind.class);
        for (Statement statement : extraction.statements()) {
            found.computeIfAbsent(statement.kind(), k -> new HashSet<>()).add(statement.key());
        }
        for (Kind kind : Kind.values()) {
            Set<String> wanted = expected.getOrDefault(kind, Set.of());
            Set<String> got = found.getOrDefault(kind, Set.of());
            Score score = scores.get(kind);
            for (String key : got) {
                if (wanted.contains(key)) {
                    score.truePositives++;
                } else {
                    score.falsePositives++;
                    score.errors.add("+ " + key);
                }
            }
            for (String key : wanted) {
                if (!got.contains(key)) {
                    score.falseNegatives++;
                    score.errors.add("- " + key);
                }
            }
        }
    }

    /** The gold statements of the source with this SHA-256, as the same keys the extractor makes. */
    static Map<Kind, Set<String>> gold(Store store, String sha256) {
        Map<Kind, Set<String>> gold = new EnumMap<>(Kind.class);
        select(store, "gold-posts.rq", sha256, row -> add(gold, Kind.PERSON_POST,
            KnownThings.normal(row.getLiteral("a").getLexicalForm()) + "|" + row.getLiteral("b").getLexicalForm()));
        select(store, "gold-places.rq", sha256, row -> add(gold, Kind.PLACE, row.getLiteral("a").getLexicalForm()));
        select(store, "gold-organisations.rq", sha256,
            row -> add(gold, Kind.ORGANISATION, row.getLiteral("a").getLexicalForm()));
        select(store, "gold-events.rq", sha256, row -> add(gold, Kind.EVENT_DATE, row.getResource("type").getLocalName()
            + "|" + dateValue(row) + "|" + row.getResource("precision").getURI().replaceFirst(".*/", "")));
        select(store, "gold-agreements.rq", sha256, row -> add(gold, Kind.AGREEMENT_STATUS,
            row.getResource("type").getLocalName() + "|" + row.getResource("status").getURI().replaceFirst(".*/", "")));
        cooperations(store, sha256, gold);
        select(store, "gold-cooperation-dates.rq", sha256, row -> add(gold, Kind.COOPERATION_DATE, dateValue(row)
            + "|" + row.getResource("precision").getURI().replaceFirst(".*/", "")));
        select(store, "gold-topics.rq", sha256,
            row -> add(gold, Kind.TOPIC, row.getResource("t").getURI().replaceFirst(".*/", "")));
        return gold;
    }

    /** Places whose governments (or they themselves) are partners, parties or twins of one record, in pairs. */
    private static void cooperations(Store store, String sha256, Map<Kind, Set<String>> gold) {
        Map<String, List<Set<String>>> partnersByRecord = new HashMap<>();
        select(store, "gold-partners.rq", sha256, row -> {
                List<Set<String>> partners = partnersByRecord.computeIfAbsent(row.getResource("r").getURI(), k -> new ArrayList<>());
                String partner = row.getResource("x").getURI();
                partners.stream().filter(s -> s.contains("@" + partner)).findFirst().orElseGet(() -> {
                    Set<String> created = new HashSet<>(Set.of("@" + partner));
                    partners.add(created);
                    return created;
                }).add(row.getLiteral("place").getLexicalForm());
            });
        partnersByRecord.values().forEach(partners -> {
            for (int i = 0; i < partners.size(); i++) {
                for (int j = i + 1; j < partners.size(); j++) {
                    for (String a : partners.get(i)) {
                        for (String b : partners.get(j)) {
                            if (!a.startsWith("@") && !b.startsWith("@") && !a.equals(b)) {
                                add(gold, Kind.COOPERATION, StatementRules.pair(a, b));
                            }
                        }
                    }
                }
            }
        });
    }

    private static String dateValue(QuerySolution row) {
        if (row.contains("date")) {
            return row.getLiteral("date").getLexicalForm();
        }
        LocalDate monday = LocalDate.parse(row.getLiteral("earliest").getLexicalForm());
        return monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static void add(Map<Kind, Set<String>> gold, Kind kind, String key) {
        gold.computeIfAbsent(kind, k -> new HashSet<>()).add(key);
    }

    /** Runs a query of this package's resources with {@code ?sha256} bound to the report's digest. */
    private static void select(Store store, String resource, String sha256,
            java.util.function.Consumer<QuerySolution> row) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(
            org.citycoop.Resources.text(Evaluation.class, resource));
        query.setLiteral("sha256", sha256);
        store.read(() -> {
            try (QueryExecution exec = QueryExecution.dataset(store.asDataset()).query(query.asQuery()).build()) {
                exec.execSelect().forEachRemaining(row);
            }
            return null;
        });
    }
}
