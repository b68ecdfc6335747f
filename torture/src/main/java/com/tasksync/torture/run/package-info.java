/**
 * Runs the harness: starts the shared processes, gives each run a fresh org, Salesforce user and
 * TaskSync rep, carries out its plan, waits for quiet, checks, and adds up the figures.
 */
package com.tasksync.torture.run;
