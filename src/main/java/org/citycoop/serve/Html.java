package org.citycoop.serve;

/** Writing HTML safely: every text and attribute value goes through {@link #escape}. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link, or the text alone when there is nowhere safe to go ({@code href} null). */
    static String link(String href, String text) {
        if (href == null) {
            return "<span class=\"nolink\">" + escape(text) + "</span>";
        }
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** The page frame: head with the site's own style (no external hosts), navigation, and the body. */
    static String page(String title, String head, String body) {
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s · CityCoop</title>
            <link rel="stylesheet" href="/citycoop/site.css">
            %s
            </head>
            <body>
            <header><a class="brand" href="/">CityCoop</a>
            <nav><a href="/queries">Queries</a> <a href="/explore">Explorer</a> <a href="/map">Map</a> <a href="/charts">Charts</a> <a href="/editor#/dataset/ds/query">SPARQL</a>
            <a href="/check">Across sources</a> <a href="/.well-known/void">Dataset</a> <a href="/page/ontology">Ontology</a></nav></header>
            <main>
            %s
            </main>
            </body>
            </html>
            """.formatted(escape(title), head, body);
    }
}
