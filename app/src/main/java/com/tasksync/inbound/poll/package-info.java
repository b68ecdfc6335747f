/**
 * The per-user poll: a db-scheduler job per syncing user that reads the user's changes since the
 * watermark with the user's own session and reschedules itself at an interval that adapts to
 * activity and the API budget.
 */
package com.tasksync.inbound.poll;
