package com.tasksync.salesforce.client;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.random.RandomGenerator;

/** The things a client runs on, replaceable in tests: HTTP, waiting, time, the jitter source, and who hears of each call. */
record ClientRuntime(HttpClient http, Sleeper sleeper, Clock clock, RandomGenerator random, CallListener listener) {
}
