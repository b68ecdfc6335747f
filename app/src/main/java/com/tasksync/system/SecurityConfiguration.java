package com.tasksync.system;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Pages sign in with a form and a session; the API takes HTTP Basic, a
 * personal API token ({@code Bearer}) or that session, answers 401 with {@code WWW-Authenticate}
 * (never a redirect) and 403 as problem bodies. Every request that carries a session cookie, or that
 * a browser sent for another site, needs the CSRF token for writes, whatever else it carries. The actuator is the admins' (metrics for
 * Prometheus), refused as the API refuses; only health is open, and shows others just its status.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final RequestMatcher API = request -> request.getServletPath().startsWith("/api/");
    private static final RequestMatcher ACTUATOR = request -> request.getServletPath().equals("/actuator")
            || request.getServletPath().startsWith("/actuator/");
    /** Scripts and monitoring: refusals are status codes with problem bodies, never the sign-in page. */
    private static final RequestMatcher MACHINE = request -> API.matches(request) || ACTUATOR.matches(request);
    /**
     * API calls that carry no session cookie need no CSRF token, as scripts send them: a browser
     * adds a session cookie to a request another site makes it send. It may also add HTTP Basic
     * credentials it remembers from a sign-in prompt, so a request the browser marks as made by
     * another site ({@code Sec-Fetch-Site} other than {@code same-origin} or {@code none}, that
     * is, the address bar) needs the token too, whatever it carries.
     */
    private static final RequestMatcher API_WITHOUT_SESSION = request -> API.matches(request)
            && request.getRequestedSessionId() == null && notSentForAnotherSite(request);

    /** Scripts and styles only from this site, so an escaped-but-missed string could still run nothing. */
    private static final String CONTENT_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'";

    private final ProblemWriter problems;
    private final DeviceCookie deviceCookie;

    SecurityConfiguration(ProblemWriter problems, DeviceCookie deviceCookie) {
        this.problems = problems;
        this.deviceCookie = deviceCookie;
    }

    /**
     * Without it Spring Security times every filter of every request as an observation of its own,
     * a good part of an API call's CPU (the throughput benchmark's REST load); nothing reads those
     * figures. The requests' own metrics ({@code http_server_requests}) stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties properties) {
        var bcrypt = new BCryptPasswordEncoder(properties.bcryptStrength());
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
    }

    /** Email and password, by form or Basic; Basic successes are remembered ({@link RecentSignIns}). */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
            SecurityProperties properties, ApplicationEventPublisher events) {
        var bcrypt = new DaoAuthenticationProvider(users);
        bcrypt.setPasswordEncoder(passwordEncoder);
        var manager = new ProviderManager(
                new PasswordAuthenticationProvider(bcrypt, users, new RecentSignIns(properties.basicCache())));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
                "The request was refused: " + e.getMessage());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authentication,
            SignInThrottle throttle, ApiTokenOwners tokens) throws Exception {
        AuthenticationEntryPoint apiEntryPoint = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"TaskSync\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    "Sign in with your email and password, or an API token.");
        };
        AccessDeniedHandler apiDenied = (request, response, e) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "You may not do this.");
        AuthenticationEntryPoint pageEntryPoint = PageSessions.signIn();
        AccessDeniedHandler pageRefused = PageSessions.refused();
        http.authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/openapi.yaml", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/api/admin/**", "/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(ACTUATOR)
                        .hasRole("ADMIN")
                        .requestMatchers("/api/tokens", "/api/tokens/**")
                        .access(signedInWithoutToken())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(PageSessions.returnAfterSignIn(
                                (request, response, user) -> deviceCookie.issue(request, response, user.getName())))
                        .permitAll())
                .httpBasic(basic -> basic.realmName("TaskSync").authenticationEntryPoint(apiEntryPoint))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> (MACHINE.matches(request)
                                ? apiEntryPoint : pageEntryPoint).commence(request, response, e))
                        .accessDeniedHandler((request, response, e) -> (MACHINE.matches(request)
                                ? apiDenied : pageRefused).handle(request, response, e)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(API_WITHOUT_SESSION))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_POLICY)))
                .addFilterBefore(new SignInThrottleFilter(throttle, deviceCookie, problems),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class);
        return http.build();
    }

    private static boolean notSentForAnotherSite(jakarta.servlet.http.HttpServletRequest request) {
        var site = request.getHeader("Sec-Fetch-Site");
        return site == null || site.equalsIgnoreCase("same-origin") || site.equalsIgnoreCase("none");
    }

    /**
     * Signed in by password or session, not by an API token: a leaked token must not be able to
     * mint tokens that outlive its revocation. Anonymous callers are refused too, and get a 401.
     */
    private static AuthorizationManager<RequestAuthorizationContext> signedInWithoutToken() {
        return (authentication, context) -> {
            var user = authentication.get();
            return new AuthorizationDecision(user != null && user.isAuthenticated()
                    && !(user instanceof AnonymousAuthenticationToken) && !(user instanceof BearerToken));
        };
    }
}
