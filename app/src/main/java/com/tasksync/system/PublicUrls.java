package com.tasksync.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Builds the app's public URLs. From {@code tasksync.base-url} when it is set; otherwise from the
 * request itself, but only when it was addressed to a loopback name, as in the default run on one
 * machine. A {@code Host} header is the client's to choose, so trusting any other one would let
 * a request send users (and their OAuth codes) to a host of its choosing.
 */
@Component
public class PublicUrls {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final SiteProperties site;

    PublicUrls(SiteProperties site) {
        this.site = site;
    }

    public Optional<URI> of(HttpServletRequest request, String path) {
        if (site.baseUrl() != null) {
            var base = site.baseUrl().toString();
            return Optional.of(URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path));
        }
        if (LOOPBACK.contains(request.getServerName())) {
            return Optional.of(ServletUriComponentsBuilder.fromContextPath(request).path(path).build().toUri());
        }
        return Optional.empty();
    }
}
