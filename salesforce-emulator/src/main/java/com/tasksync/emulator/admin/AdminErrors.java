package com.tasksync.emulator.admin;

import com.tasksync.emulator.http.ApiException;
import java.util.List;

/** Admin API errors: HTTP 400 with the error array naming the offending field. */
public final class AdminErrors {

    static final String CODE = "INVALID_ADMIN_REQUEST";

    private AdminErrors() {
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, CODE, field + ": " + message, List.of(field));
    }

    public static ApiException notFound(String field, String value) {
        return new ApiException(404, "NOT_FOUND", field + ": no such " + field + ": " + value, List.of(field));
    }
}
