package com.tasksync.emulator.admin;

import com.tasksync.emulator.http.Handler;
import com.tasksync.emulator.http.Interceptor;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Route;

/** Injected faults and per-endpoint call counts; the first interceptor every request meets. */
public final class Faults implements Interceptor {

    @Override
    public Response around(Request request, Route route, Handler next) throws Exception {
        return next.handle(request);
    }
}
