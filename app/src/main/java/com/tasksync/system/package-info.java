/**
 * What every feature leans on: security (sign-in and its throttle, tokens presented as Bearer,
 * CSRF, request limits, the actuator for admins), the clock, the database (embedded or external, in
 * {@code database}), what the modules' meters and log lines share, and the one place that turns
 * errors into RFC 9457 problem responses. It depends on no other package of the app.
 */
package com.tasksync.system;
