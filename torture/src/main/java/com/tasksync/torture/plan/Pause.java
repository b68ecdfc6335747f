package com.tasksync.torture.plan;

import java.time.Duration;

/** Lets time pass before the next step; operations under way go on. */
public record Pause(Duration length) implements Step {
}
