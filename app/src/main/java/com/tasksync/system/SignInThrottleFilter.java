package com.tasksync.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Asks the {@link SignInThrottle} before every password check, by form or by HTTP Basic, and
 * refuses an attempt it holds back: 429 with {@code Retry-After} for the API, a message on the
 * sign-in page for the form. The address is the request's remote address, which is a forwarded
 * one only when the admin turned on {@code server.forward-headers-strategy}.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    /** The request attribute that holds the device cookie vouching for the attempt's account. */
    static final String DEVICE_KEY = SignInThrottleFilter.class.getName() + ".device";

    private final SignInThrottle throttle;
    private final DeviceCookie deviceCookie;
    private final ProblemWriter problems;

    SignInThrottleFilter(SignInThrottle throttle, DeviceCookie deviceCookie, ProblemWriter problems) {
        this.throttle = throttle;
        this.deviceCookie = deviceCookie;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var formSignIn = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        var email = formSignIn ? request.getParameter("email") : basicUser(request);
        if (!formSignIn && email == null) {
            chain.doFilter(request, response);
            return;
        }
        var device = deviceCookie.valueVouchingFor(request, email);
        if (device != null) {
            request.setAttribute(DEVICE_KEY, device); // for SignInAttempts, should the password be wrong
        }
        var admission = throttle.admit(request.getRemoteAddr(), email, device);
        if (admission.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        var byAddress = admission.reason() == SignInThrottle.Admission.Reason.ADDRESS;
        if (formSignIn) {
            response.sendRedirect(request.getContextPath() + (byAddress ? "/login?throttled" : "/login?slowed"));
            return;
        }
        response.setHeader("Retry-After", Long.toString(admission.retryAfterSeconds()));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, byAddress
                ? "Too many failed sign-ins from your address; try again later."
                : "Too many failed sign-ins on this account; wait " + admission.retryAfterSeconds()
                        + " seconds before the next attempt.");
    }

    private static String basicUser(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            var decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            var colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
