package org.citycoop.serve;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** An IRI described by another document: answers 303 See Other to it, keeping the query string. */
final class SeeOtherServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final String document;

    SeeOtherServlet(String document) {
        this.document = document;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Responses.seeOther(response, document + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
    }
}
