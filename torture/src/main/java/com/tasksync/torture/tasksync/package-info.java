/**
 * TaskSync as its users reach it, through public interfaces only: the REST API with HTTP Basic
 * (the admin adds reps, a rep changes tasks and switches sync), the sign-in and Settings
 * pages for connecting a rep to Salesforce through the real OAuth flow, and the Salesforce admin
 * page, where an admin connects and checks an org's integration user and sees how its changes are read.
 */
package com.tasksync.torture.tasksync;
