package com.tasksync.system;

/**
 * One bad input field, as listed in the {@code errors} member of a 400 problem response.
 *
 * @param field the JSON field or query parameter, or {@code body} for the whole body
 * @param message what is wrong with it, in words a user can act on
 */
public record FieldProblem(String field, String message) {}
