package org.citycoop.query;

import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * A name a query looks up, as a term in each language labels are written in: a string parameter written alone in a
 * {@code VALUES} block ({@code VALUES ?label { ?city }}) stands for the plain name and the name in every one of
 * {@link #LANGUAGES}, so that the store finds the labels through its index, never by comparing the name with every
 * label ({@code FILTER(str(?label) = ?city)}), and every store reads the terms as they are (Virtuoso 7 refuses
 * {@code STRLANG} with a script subtag such as {@code zh-Hant}).
 */
final class NameTerms {
    /** The languages the sources write labels in: curated records, gazetteers and Natural Earth's names. */
    static final List<String> LANGUAGES = List.of("en", "id", "ja", "ja-Latn", "de", "fr", "es", "it", "nl", "pt",
        "ru", "zh", "zh-Hant", "ko", "pl", "ar", "tr", "vi", "el", "hu", "sv", "uk", "he", "fa", "hi", "bn", "ur");

    private NameTerms() {
    }

    /**
     * The bound query with each VALUES block that holds only one of the names given every term of that name; the
     * header's comments (title, description, parameters) stay at the top.
     */
    static String expand(String bound, Collection<String> names) {
        Query query = QueryFactory.create(bound, Syntax.syntaxARQ);
        expand(query, names);
        StringBuilder header = new StringBuilder();
        for (String line : bound.split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            header.append(line).append('\n');
        }
        return header + query.serialize();
    }

    private static void expand(Query query, Collection<String> names) {
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                List<Var> vars = data.getVars();
                List<Binding> rows = data.getRows();
                if (vars.size() != 1 || rows.size() != 1) {
                    return;
                }
                Node value = rows.get(0).get(vars.get(0));
                if (value != null && value.isLiteral() && value.getLiteralLanguage().isEmpty()
                        && names.contains(value.getLiteralLexicalForm())) {
                    for (String language : LANGUAGES) {
                        data.add(BindingFactory.binding(vars.get(0),
                            NodeFactory.createLiteralLang(value.getLiteralLexicalForm(), language)));
                    }
                }
            }

            @Override
            public void visit(ElementSubQuery sub) {
                expand(sub.getQuery(), names);
            }
        });
    }
}
