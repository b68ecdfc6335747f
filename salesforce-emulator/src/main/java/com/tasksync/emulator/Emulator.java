package com.tasksync.emulator;

import com.tasksync.emulator.admin.Admin;
import com.tasksync.emulator.admin.AdminEndpoints;
import com.tasksync.emulator.admin.CallCounts;
import com.tasksync.emulator.admin.Faults;
import com.tasksync.emulator.data.DataEndpoints;
import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.http.HttpFront;
import com.tasksync.emulator.http.Interceptor;
import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.oauth.OAuthEndpoints;
import com.tasksync.emulator.org.Directory;
import com.tasksync.emulator.org.EmulatorClock;
import com.tasksync.emulator.org.SessionGate;
import java.util.List;
import java.util.function.Consumer;

/**
 * A running Salesforce emulator: one HTTP server holding any number of orgs. Start one with
 * {@link #builder()}; close it to stop.
 */
public final class Emulator implements AutoCloseable {

    private final Directory directory;
    private final Faults faults;
    private final Admin admin;
    private final HttpFront front;
    private final String host;

    private Emulator(Builder builder) {
        this.host = builder.host;
        this.directory = new Directory(builder.clock);
        this.faults = new Faults(directory);
        this.admin = new Admin(directory, faults);
        Router router = new Router();
        DataEndpoints.register(router, directory);
        OAuthEndpoints.register(router, directory, this::baseUrl);
        AdminEndpoints.register(router, admin, faults, this::baseUrl);
        builder.extraRoutes.accept(router);
        boolean admin = builder.adminApi;
        Interceptor adminGate = (request, route, next) -> {
            if (route.access() == Access.ADMIN && !admin) {
                throw ApiException.notFound();
            }
            return next.handle(request);
        };
        this.front = new HttpFront(host, builder.port, router, List.of(faults, adminGate, new SessionGate(directory)),
                directory::now);
        front.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The base URL, such as {@code http://127.0.0.1:8484}; instance URL and login URL alike. */
    public String baseUrl() {
        return "http://" + host + ":" + front.port();
    }

    public int port() {
        return front.port();
    }

    public Directory directory() {
        return directory;
    }

    /** Creating orgs, users, connected apps and sessions, API usage and reset, without HTTP. */
    public Admin admin() {
        return admin;
    }

    /** Injected faults and per-endpoint call counts. */
    public Faults faults() {
        return faults;
    }

    /** Per-endpoint call counts, by route name such as {@code GET /services/data/{version}/query}. */
    public CallCounts callCounts() {
        return faults.callCounts();
    }

    public EmulatorClock clock() {
        return directory.clock();
    }

    @Override
    public void close() {
        front.close();
    }

    /** Where and how an emulator starts. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 0;
        private boolean adminApi = true;
        private EmulatorClock clock = EmulatorClock.system();
        private Consumer<Router> extraRoutes = router -> {
        };

        public Builder host(String value) {
            host = value;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder adminApi(boolean value) {
            adminApi = value;
            return this;
        }

        public Builder clock(EmulatorClock value) {
            clock = value;
            return this;
        }

        /** Adds routes of the caller's own, behind the same interceptors; tests use it to observe side effects. */
        public Builder extraRoutes(Consumer<Router> value) {
            extraRoutes = value;
            return this;
        }

        public Emulator start() {
            return new Emulator(this);
        }
    }
}
