package com.tasksync.emulator.cdc;

import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.Handler;
import com.tasksync.emulator.http.Interceptor;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Route;
import com.tasksync.emulator.org.Session;

/** Records the API version and session user of each data API call for the change feed; sits inside the session gate. */
public final class CallContextInterceptor implements Interceptor {

    @Override
    public Response around(Request request, Route route, Handler next) throws Exception {
        Session session = request.attribute(Session.class);
        if (route.access() != Access.DATA_API || session == null) {
            return next.handle(request);
        }
        String version = request.pathVariable("version");
        CallContext.set(new CallContext("rest", version == null ? "" : version.substring(1), session.user().id()));
        try {
            return next.handle(request);
        } finally {
            CallContext.clear();
        }
    }
}
