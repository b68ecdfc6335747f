/**
 * The server-rendered pages: Command Center, All tasks, Trash, task editing, Settings, Sync
 * log and Users. Pages are Thymeleaf templates with plain forms (CSRF tokens included) and a
 * little htmx; they call the same services as the REST API.
 */
package com.tasksync.web;
