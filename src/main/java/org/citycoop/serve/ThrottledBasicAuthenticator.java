package org.citycoop.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's HTTP Basic authentication, slowed down for an address that keeps sending wrong passwords: while it must
 * wait, its attempts are answered 429 with {@code Retry-After} and its passwords are not even checked.
 */
final class ThrottledBasicAuthenticator extends BasicAuthenticator {
    private final FailedLogins failures;

    ThrottledBasicAuthenticator(FailedLogins failures) {
        this.failures = failures;
    }

    @Override
    public AuthenticationState validateRequest(Request request, Response response, Callback callback)
            throws ServerAuthException {
        long wait = failures.secondsToWait(Request.getRemoteAddr(request));
        if (wait > 0 && request.getHeaders().get(HttpHeader.AUTHORIZATION) != null) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(wait));
            Response.writeError(request, response, callback, 429, "Too many wrong passwords from this address: try again in "
                + wait + " s");
            return AuthenticationState.SEND_FAILURE;
        }
        return super.validateRequest(request, response, callback);
    }

    @Override
    public UserIdentity login(String username, Object password, Request request, Response response) {
        UserIdentity user = super.login(username, password, request, response);
        String address = Request.getRemoteAddr(request);
        if (user == null) {
            failures.failed(address);
        } else {
            failures.succeeded(address);
        }
        return user;
    }
}
