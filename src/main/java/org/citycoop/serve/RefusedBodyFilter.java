package org.citycoop.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Says {@code Connection: close} on an error answer to a request that carries a body. Such an answer (a write
 * refused by a read-only dataset, a malformed upload) is written before the body is read, and the server then drops
 * the connection rather than read a body of unknown size; without the header a client that keeps connections alive
 * would send its next request on a connection already closed.
 */
final class RefusedBodyFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        chain.doFilter(request, hasBody ? new ClosingOnError(response) : response);
    }

    /** A response that asks for the connection to be closed once its status is an error. */
    private static final class ClosingOnError extends HttpServletResponseWrapper {
        ClosingOnError(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            closeIfError(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            closeIfError(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            closeIfError(status);
            super.sendError(status, message);
        }

        private void closeIfError(int status) {
            if (status >= 400 && !isCommitted()) {
                setHeader("Connection", "close");
            }
        }
    }
}
