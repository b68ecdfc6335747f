package com.tasksync.system;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds the outcome of every sign-in, by form or by HTTP Basic, into the {@link SignInThrottle}. */
@Component
class SignInAttempts {

    private final SignInThrottle throttle;

    SignInAttempts(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        var address = address(event.getAuthentication());
        if (address != null) {
            throttle.recordFailure(event.getAuthentication().getName(), address);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        var address = address(event.getAuthentication());
        if (address != null) {
            throttle.recordSuccess(event.getAuthentication().getName(), address);
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
