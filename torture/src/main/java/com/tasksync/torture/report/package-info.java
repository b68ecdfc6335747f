/**
 * The figures of a harness invocation: printed as runs finish and at the end, and written to
 * {@code torture/results/torture.json} with the settings used and the seeds of failing runs.
 */
package com.tasksync.torture.report;
