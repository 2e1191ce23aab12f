package org.citycoop.query;

import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * A name a query looks up, as a term in each language labels are written in: a string parameter bound alone to a
 * variable ({@code BIND(?city AS ?label)}) becomes the plain name and the name in every one of {@link #LANGUAGES}
 * ({@code VALUES ?label { "Bandung" "Bandung"@en ... }}), so that the store finds the labels through its index,
 * never by comparing the name with every label ({@code FILTER(str(?label) = ?city)}), and every store reads the terms
 * as they are (Virtuoso 7 refuses {@code STRLANG} with a script subtag such as {@code zh-Hant}). The query file stays
 * valid SPARQL as it is written.
 */
final class NameTerms {
    /** The languages the sources write labels in: curated records, gazetteers and Natural Earth's names. */
    static final List<String> LANGUAGES = List.of("en", "id", "ja", "ja-Latn", "de", "fr", "es", "it", "nl", "pt",
        "ru", "zh", "zh-Hant", "ko", "pl", "ar", "tr", "vi", "el", "hu", "sv", "uk", "he", "fa", "hi", "bn", "ur");

    private NameTerms() {
    }

    /**
     * The bound query with each {@code BIND} of one of the names alone made the name's terms; the header's comments
     * (title, description, parameters) stay at the top.
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
            public void visit(ElementGroup group) {
                List<Element> elements = group.getElements();
                for (int i = 0; i < elements.size(); i++) {
                    if (elements.get(i) instanceof ElementBind bind && name(bind.getExpr(), names) != null) {
                        elements.set(i, terms(bind.getVar(), name(bind.getExpr(), names)));
                    }
                }
            }

            @Override
            public void visit(ElementSubQuery sub) {
                expand(sub.getQuery(), names);
            }
        });
    }

    /** The name an expression is, when it is one of them as a plain string; else null. */
    private static String name(Expr expr, Collection<String> names) {
        if (!expr.isConstant()) {
            return null;
        }
        Node value = expr.getConstant().asNode();
        return value.isLiteral() && value.getLiteralLanguage().isEmpty()
            && names.contains(value.getLiteralLexicalForm()) ? value.getLiteralLexicalForm() : null;
    }

    private static ElementData terms(Var var, String name) {
        ElementData data = new ElementData();
        data.add(var);
        data.add(BindingFactory.binding(var, NodeFactory.createLiteralString(name)));
        for (String language : LANGUAGES) {
            data.add(BindingFactory.binding(var, NodeFactory.createLiteralLang(name, language)));
        }
        return data;
    }
}
