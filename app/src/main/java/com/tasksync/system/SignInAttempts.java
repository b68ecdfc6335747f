package com.tasksync.system;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Feeds every failed password check, by form or by HTTP Basic, into the {@link SignInThrottle}.
 * Successes reset nothing: a guesser who also holds one good account must not be able to wipe
 * its address's count. A failure of our own (the database is down) is no guess and is not counted.
 */
@Component
class SignInAttempts {

    private final SignInThrottle throttle;

    SignInAttempts(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureServiceExceptionEvent
                || !(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)
                || !(attempt.getDetails() instanceof WebAuthenticationDetails details)) {
            return;
        }
        throttle.recordFailure(details.getRemoteAddress(), attempt.getName(), deviceCookie());
    }

    /** The device cookie the failed attempt came with, as {@link SignInThrottleFilter} found it on the request. */
    private static String deviceCookie() {
        var request = RequestContextHolder.getRequestAttributes();
        return request == null ? null
                : (String) request.getAttribute(SignInThrottleFilter.DEVICE_KEY, RequestAttributes.SCOPE_REQUEST);
    }
}
