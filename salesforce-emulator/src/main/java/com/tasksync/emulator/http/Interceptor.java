package com.tasksync.emulator.http;

/**
 * Wraps the handling of a request: authentication, API usage counting, fault injection. An
 * interceptor may answer itself, call {@code next}, or change what {@code next} answered.
 */
@FunctionalInterface
public interface Interceptor {

    Response around(Request request, Route route, Handler next) throws Exception;
}
