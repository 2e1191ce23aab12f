package org.citycoop.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers the example queries in the query editor of the Fuseki UI: the editor's script keeps its list of examples
 * as a literal, which this filter extends with ours when it serves that script. If a UI version lays the script out
 * otherwise, the script is served unchanged (and a warning logged); the examples stay on {@code /queries}.
 */
final class UiExamplesFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(UiExamplesFilter.class);
    private static final Pattern SCRIPT = Pattern.compile("/static/(Query-[A-Za-z0-9_-]+\\.js)");
    private static final Pattern EXAMPLES = Pattern.compile("queries:\\[(\\{value:SELECT_TRIPLES_QUERY,[^\\]]*)\\]");
    private final transient ExampleQueries queries;

    UiExamplesFilter(ExampleQueries queries) {
        this.queries = queries;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher script = SCRIPT.matcher(request.getRequestURI());
        if (!script.matches() || queries.examples().isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String original;
        try (InputStream in = UiExamplesFilter.class.getResourceAsStream("/webapp/static/" + script.group(1))) {
            if (in == null) {
                chain.doFilter(request, response);
                return;
            }
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher examples = EXAMPLES.matcher(original);
        if (!examples.find()) {
            LOG.warn("The UI's query script has no list of examples where expected; serving it unchanged");
            chain.doFilter(request, response);
            return;
        }
        String patched = original.substring(0, examples.start()) + "queries:[" + queries.asEditorEntries() + ","
            + examples.group(1) + "]" + original.substring(examples.end());
        Responses.send(request, response, "text/javascript", patched.getBytes(StandardCharsets.UTF_8), null);
    }
}
