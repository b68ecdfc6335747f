package com.tasksync.torture.check;

/** One thing that must not happen, and did: its kind (for the figures) and a precise description. */
public record Violation(String kind, String message) {
}
