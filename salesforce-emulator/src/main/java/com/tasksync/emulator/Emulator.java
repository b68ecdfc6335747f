package com.tasksync.emulator;

import com.tasksync.emulator.admin.Admin;
import com.tasksync.emulator.admin.AdminEndpoints;
import com.tasksync.emulator.admin.CallCounts;
import com.tasksync.emulator.admin.Faults;
import com.tasksync.emulator.cdc.CallContextInterceptor;
import com.tasksync.emulator.cdc.ChangeCaptureEndpoints;
import com.tasksync.emulator.cdc.ChangeDataCapture;
import com.tasksync.emulator.data.DataEndpoints;
import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.http.HttpFront;
import com.tasksync.emulator.http.Interceptor;
import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.oauth.OAuthEndpoints;
import com.tasksync.emulator.data.OrgData;
import com.tasksync.emulator.org.Directory;
import com.tasksync.emulator.org.EmulatorClock;
import com.tasksync.emulator.org.SessionGate;
import com.tasksync.emulator.pubsub.PubSubAdminEndpoints;
import com.tasksync.emulator.pubsub.PubSubServer;
import com.tasksync.emulator.pubsub.ViewAllData;
import com.tasksync.emulator.tooling.ToolingEndpoints;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * A running Salesforce emulator: one HTTP server holding any number of orgs, and the Pub/Sub API
 * server that delivers their change events. Start one with {@link #builder()}; close it to stop.
 */
public final class Emulator implements AutoCloseable {

    private final Directory directory;
    private final Faults faults;
    private final Admin admin;
    private final HttpFront front;
    private final String host;
    private final ChangeDataCapture changeDataCapture = new ChangeDataCapture();
    private final ViewAllData viewAllData;
    private final PubSubServer pubSub;

    private Emulator(Builder builder) {
        this.host = builder.host;
        this.directory = new Directory(builder.clock);
        // An org's records and seed rows exist from its creation, stamped with its creation time.
        directory.onOrgCreated(OrgData::of);
        directory.onOrgCreated(com.tasksync.emulator.data.WriteHistory::of);
        this.viewAllData = new ViewAllData(directory);
        this.faults = new Faults(directory);
        this.admin = new Admin(directory, faults);
        Router router = new Router();
        DataEndpoints.register(router, directory);
        OAuthEndpoints.register(router, directory, this::baseUrl);
        AdminEndpoints.register(router, admin, faults, this::baseUrl);
        ChangeCaptureEndpoints.register(router, admin, changeDataCapture);
        ToolingEndpoints.register(router, changeDataCapture);
        PubSubAdminEndpoints.register(router, admin, directory, this::pubSub, viewAllData);
        builder.extraRoutes.accept(router);
        boolean admin = builder.adminApi;
        Interceptor adminGate = (request, route, next) -> {
            if (route.access() == Access.ADMIN && !admin) {
                throw ApiException.notFound();
            }
            return next.handle(request);
        };
        this.pubSub = PubSubServer.start(new PubSubServer.Config(host, builder.pubSubPort, builder.pubSubKeepalive),
                directory, changeDataCapture, viewAllData);
        this.front = new HttpFront(host, builder.port, router, List.of(faults, adminGate, new SessionGate(directory),
                new CallContextInterceptor()), directory::now);
        try {
            front.start();
        } catch (RuntimeException e) {
            pubSub.close();
            throw e;
        }
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

    /** The Pub/Sub API: its port, endpoint ({@code host:port}), certificate and open streams. */
    public PubSubServer pubSub() {
        return pubSub;
    }

    /** Change Data Capture of every org: settings, event bus, injected gaps and delivery delays. */
    public ChangeDataCapture changeDataCapture() {
        return changeDataCapture;
    }

    /** Which users hold View All Data, which subscribing to Task change events needs. */
    public ViewAllData viewAllData() {
        return viewAllData;
    }

    @Override
    public void close() {
        front.close();
        pubSub.close();
    }

    /** Where and how an emulator starts. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 0;
        private int pubSubPort = 0;
        private Duration pubSubKeepalive = Duration.ofSeconds(270);
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

        /** The Pub/Sub API's own TLS port; 0 picks a free port. */
        public Builder pubSubPort(int value) {
            pubSubPort = value;
            return this;
        }

        /**
         * How long a Subscribe stream may stay without a response before an empty one carries the
         * latest replay id. Salesforce sends one within 270 seconds, the default; tests shorten it.
         */
        public Builder pubSubKeepalive(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the keepalive interval must be positive: " + value);
            }
            pubSubKeepalive = value;
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
