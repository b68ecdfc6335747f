package com.tasksync.emulator.admin;

import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.http.DropConnection;
import com.tasksync.emulator.http.Handler;
import com.tasksync.emulator.http.Interceptor;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Route;
import com.tasksync.emulator.org.Directory;
import com.tasksync.emulator.org.SalesforceIds;
import com.tasksync.emulator.org.SessionGate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Injected faults and per-endpoint call counts; the first interceptor every request meets. A
 * faulted call still counts as a call. Admin routes are neither counted nor faulted, so a test
 * can always clean up. Faults are state of one emulator, never static.
 */
public final class Faults implements Interceptor {

    private final Directory directory;
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final CallCounts calls = new CallCounts();
    private final AtomicLong ids = new AtomicLong();

    public Faults(Directory directory) {
        this.directory = directory;
    }

    public Fault add(FaultSpec spec) {
        Fault fault = new Fault("fault-" + ids.incrementAndGet(), spec);
        faults.add(fault);
        return fault;
    }

    public List<Fault> list() {
        return List.copyOf(faults);
    }

    public boolean remove(String id) {
        return faults.removeIf(f -> f.id().equals(id));
    }

    public void clear() {
        faults.clear();
    }

    public CallCounts callCounts() {
        return calls;
    }

    @Override
    public Response around(Request request, Route route, Handler next) throws Exception {
        if (route.access() == Access.ADMIN) {
            return next.handle(request);
        }
        calls.count(route.name(), orgOf(request));
        Fault fault = firstHit(request);
        if (fault == null) {
            return next.handle(request);
        }
        FaultSpec spec = fault.spec();
        switch (spec.kind()) {
            case STATUS -> {
                return new ApiException(spec.status(), spec.errorCode(), spec.message()).toResponse();
            }
            case LATENCY -> {
                TimeUnit.MILLISECONDS.sleep(spec.latencyMillis());
                return next.handle(request);
            }
            case DROP -> throw new DropConnection();
            case LOSE_RESPONSE -> {
                next.handle(request);
                throw new DropConnection();
            }
            default -> throw new IllegalStateException(spec.kind().name());
        }
    }

    private Fault firstHit(Request request) {
        for (Fault fault : faults) {
            if (fault.hits(request.method(), request.path())) {
                return fault;
            }
        }
        return null;
    }

    /** The org of the request's access token, read from its {@code <orgId15>!} prefix without validating it. */
    private String orgOf(Request request) {
        String token = SessionGate.bearer(request);
        if (token == null || token.indexOf('!') != 15) {
            return null;
        }
        String orgId = SalesforceIds.canonical(token.substring(0, 15));
        return orgId != null && directory.org(orgId).isPresent() ? orgId : null;
    }
}
