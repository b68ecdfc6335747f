package com.tasksync.emulator.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Finds the route for a method and path. Among templates that fit, the one with more literal
 * segments wins ({@code /sobjects/{type}/describe} before {@code /sobjects/{type}/{id}}). A path
 * that fits only other methods' templates is a 405.
 */
public final class Router {

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /** Adds a route; one added again for the same method and template replaces the earlier (test overrides). */
    public Router add(String method, String template, Access access, Handler handler) {
        routes.removeIf(r -> r.method().equals(method) && r.template().equals(template));
        routes.add(new Route(method, template, access, handler));
        return this;
    }

    public Router get(String template, Access access, Handler handler) {
        return add("GET", template, access, handler);
    }

    public Router post(String template, Access access, Handler handler) {
        return add("POST", template, access, handler);
    }

    public Router patch(String template, Access access, Handler handler) {
        return add("PATCH", template, access, handler);
    }

    public Router put(String template, Access access, Handler handler) {
        return add("PUT", template, access, handler);
    }

    public Router delete(String template, Access access, Handler handler) {
        return add("DELETE", template, access, handler);
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The matched route with the request's path variables set, or an {@link ApiException} 404/405. */
    public Route resolve(Request request) {
        List<String> segments = Route.split(request.path());
        List<Route> fitting = new ArrayList<>();
        for (Route route : routes) {
            if (route.match(segments) != null) {
                fitting.add(route);
            }
        }
        fitting.sort(Comparator.comparingInt(Route::literalSegments).reversed());
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : fitting) {
            if (route.method().equals(request.method())) {
                Map<String, String> vars = route.match(segments);
                request.pathVariables(vars);
                return route;
            }
            if (route.literalSegments() == fitting.get(0).literalSegments()) {
                allowed.add(route.method());
            }
        }
        if (allowed.isEmpty()) {
            throw ApiException.notFound();
        }
        throw new ApiException(405, "METHOD_NOT_ALLOWED",
                "HTTP Method '" + request.method() + "' not allowed. Allowed are " + String.join(",", allowed));
    }
}
