package org.citycoop.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.ParameterizedSparqlString;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.ontology.CC;

/**
 * The parameters a query file declares in its header, one line each: {@code # param: city = Bandung — the city's
 * name}, or with a kind, {@code # param: limit (integer) = 10}. A kind is {@code string} (the default),
 * {@code integer}, {@code iri}, {@code country} (a two-letter ISO 3166 code, bound in capitals) or {@code source}: a
 * source's key, bound as the IRI of the source's graph, so that a key that cannot be one is refused rather than
 * leave the graph unbound. A string bound alone to a variable ({@code BIND(?city AS ?label)}) stands for the name in
 * every language labels are written in ({@link NameTerms}). Values are bound by Jena's {@link ParameterizedSparqlString}, which writes them
 * as terms (quotes and line breaks escaped), never as query text.
 *
 * <pre>{@code
 * String bound = QueryParameters.of(text).bind(Map.of("city", "Bandung"));
 * }</pre>
 */
public final class QueryParameters {
    private static final Pattern DECLARED = Pattern.compile(
        "^#\\s*param:\\s*(\\w+)\\s*(?:\\((string|integer|iri|source|country)\\))?\\s*=\\s*([^—\\n]*?)\\s*(?:—\\s*(.*))?$", Pattern.MULTILINE);
    private static final Pattern SOURCE_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private final String text;
    private final Map<String, Declared> declared;

    /** One declared parameter: its kind, default value and what it is (empty when the header does not say). */
    public record Declared(String name, String kind, String defaultValue, String about) {
    }

    private QueryParameters(String text, Map<String, Declared> declared) {
        this.text = text;
        this.declared = declared;
    }

    /** The parameters a query's text declares. */
    public static QueryParameters of(String text) {
        Map<String, Declared> declared = new LinkedHashMap<>();
        Matcher line = DECLARED.matcher(text);
        while (line.find()) {
            declared.put(line.group(1), new Declared(line.group(1), line.group(2) == null ? "string" : line.group(2),
                line.group(3), line.group(4) == null ? "" : line.group(4).strip()));
        }
        return new QueryParameters(text, declared);
    }

    public Map<String, Declared> declared() {
        return declared;
    }

    /**
     * The query with every declared parameter bound: to the value given, else to its default.
     *
     * @throws CityCoopException CC403 for a value given to a parameter the query does not declare, or of the wrong kind
     */
    public String bind(Map<String, String> values) {
        for (String name : values.keySet()) {
            if (!declared.containsKey(name)) {
                throw new CityCoopException(ErrorId.BAD_OPTION, "parameter " + name + ": the query declares no such "
                    + "parameter" + (declared.isEmpty() ? "" : ", expected one of " + String.join(", ", declared.keySet())));
            }
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(text);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Declared parameter : declared.values()) {
            String value = values.getOrDefault(parameter.name(), parameter.defaultValue());
            switch (parameter.kind()) {
                case "integer" -> {
                    if (!value.matches("-?\\d{1,18}")) {
                        throw new CityCoopException(ErrorId.BAD_OPTION, "parameter " + parameter.name() + " is '" + value
                            + "', expected a whole number");
                    }
                    query.setLiteral(parameter.name(), value, XSDDatatype.XSDinteger);
                }
                case "iri" -> query.setIri(parameter.name(), checkedIri(parameter.name(), value));
                case "country" -> query.setLiteral(parameter.name(), checkedCountry(parameter.name(), value));
                case "source" -> query.setIri(parameter.name(), CC.GRAPH + checkedKey(parameter.name(), value));
                default -> {
                    query.setLiteral(parameter.name(), value);
                    names.add(value);
                }
            }
        }
        boolean looksUp = names.stream().anyMatch(name -> !name.isEmpty()) && text.contains("BIND(");
        return looksUp ? NameTerms.expand(query.toString(), names) : query.toString();
    }

    /** A country's two-letter code, in capitals as the store keeps it. */
    private static String checkedCountry(String name, String value) {
        if (!value.matches("[A-Za-z]{2}")) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "parameter " + name + " is '" + value
                + "', expected a country's two-letter ISO 3166 code, such as ID or JP");
        }
        return value.toUpperCase(java.util.Locale.ROOT);
    }

    /** A source's key as it is, when it is one: letters, digits, dots, hyphens and underscores. */
    private static String checkedKey(String name, String value) {
        if (!SOURCE_KEY.matcher(value).matches()) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "parameter " + name + " is '" + value
                + "', expected the key of a source (letters, digits, '.', '-' and '_', as ./citycoop sources lists them)");
        }
        return value;
    }

    /** An IRI value as it is, when it is an absolute IRI that cannot end the term early. */
    private static String checkedIri(String name, String value) {
        boolean absolute;
        try {
            absolute = IRIx.create(value).isAbsolute() && value.chars().noneMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0);
        } catch (IRIException e) {
            absolute = false;
        }
        if (!absolute) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "parameter " + name + " is '" + value
                + "', expected an absolute IRI");
        }
        return value;
    }
}
