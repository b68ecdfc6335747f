/**
 * The default run: the bundled Salesforce emulator in-process with its demo org, an admin and
 * a demo rep in TaskSync with a few tasks, and a banner with the URL and credentials. Active
 * only with {@code tasksync.demo.enabled=true} (the {@code demo} profile).
 */
package com.tasksync.demo;
