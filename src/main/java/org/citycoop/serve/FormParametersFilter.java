package org.citycoop.serve;

import java.io.IOException;

import org.apache.jena.fuseki.main.sys.FusekiSystemConstants;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.http.BadMessageException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Parses an HTML form sent to the dataset before Fuseki sees it, so that a form Jetty refuses (more than its limit
 * of keys or bytes) is answered 400 with the reason; Fuseki's handlers would report the same failure as a 500.
 */
final class FormParametersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        String form = WebContent.contentTypeHTMLForm;
        if (type != null && type.regionMatches(true, 0, form, 0, form.length())) {
            try {
                request.getParameterMap();
            } catch (BadMessageException e) {
                Responses.error(request, response, HttpServletResponse.SC_BAD_REQUEST, "Form refused",
                    "The form cannot be read: " + reason(e) + ". A form has at most 1000 parameters and "
                        + FusekiSystemConstants.jettyMaxFormContentSize / 1024 / 1024 + " MB.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String reason(BadMessageException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? "malformed form" : cause.getMessage().replaceFirst("^\\d{3}: ", "");
    }
}
