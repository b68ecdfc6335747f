package com.tasksync.system;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Pages sign in with a form and a session; the API takes HTTP Basic or
 * that session, answers 401 with {@code WWW-Authenticate} (never a redirect) and 403 as
 * problem bodies. Forms need a CSRF token; API calls that carry their own credentials do not.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final RequestMatcher API = request -> request.getServletPath().startsWith("/api/");
    /** Only a session cookie can be forged across sites; API calls without one need no CSRF token. */
    private static final RequestMatcher API_WITHOUT_SESSION = request -> API.matches(request)
            && (request.getHeader("Authorization") != null || request.getRequestedSessionId() == null);

    /** Scripts and styles only from this site, so an escaped-but-missed string could still run nothing. */
    private static final String CONTENT_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties properties) {
        var bcrypt = new BCryptPasswordEncoder(properties.bcryptStrength());
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
    }

    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, SignInThrottle throttle, ProblemWriter problems, SecurityProperties properties)
            throws Exception {
        AuthenticationEntryPoint apiEntryPoint = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"TaskSync\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "Sign in with your email and password.");
        };
        AccessDeniedHandler apiDenied = (request, response, e) ->
                problems.write(response, HttpStatus.FORBIDDEN, "You may not do this.");
        var throttleFilter =
                new SignInThrottleFilter(throttle, problems, properties.signInWindow().toSeconds());
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/openapi.yaml", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/api/admin/**", "/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/", true)
                        .permitAll())
                .httpBasic(basic -> basic.realmName("TaskSync").authenticationEntryPoint(apiEntryPoint))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(apiEntryPoint, API)
                        .defaultAccessDeniedHandlerFor(apiDenied, API))
                .csrf(csrf -> csrf.ignoringRequestMatchers(API_WITHOUT_SESSION))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_POLICY)))
                .addFilterBefore(throttleFilter, UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }
}
