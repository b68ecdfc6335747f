package com.tasksync.task;

import java.util.List;

/** A page of a list, as the API returns it. */
public record TaskPage<T>(List<T> items, int page, int size, long totalItems) {}
