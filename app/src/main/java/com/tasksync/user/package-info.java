/**
 * The people who sign in: email, password hash, time zone, the admin and active flags, and their
 * personal API tokens. Admins add, list and deactivate users here; everything else asks this
 * package whose data a request may touch and which time zone "today" is in.
 */
package com.tasksync.user;
