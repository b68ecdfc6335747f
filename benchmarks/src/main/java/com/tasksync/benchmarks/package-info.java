/**
 * Benchmarks: each harness measures one thing against the emulator over real HTTP, prints its
 * figures and writes them to {@code benchmarks/results/}. They are run by hand, never as tests.
 */
package com.tasksync.benchmarks;
