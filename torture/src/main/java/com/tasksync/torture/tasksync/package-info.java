/**
 * TaskSync as its users reach it, through public interfaces only: the REST API with HTTP Basic
 * (the admin adds reps, a rep changes tasks and switches sync), and the sign-in and Settings
 * pages for connecting a rep to Salesforce through the real OAuth flow.
 */
package com.tasksync.torture.tasksync;
