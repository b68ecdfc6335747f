/**
 * Plain HTTP for the harness: JSON requests and answers on the JDK client, and a browser-like
 * session (cookies, forms, redirects followed one at a time) for the sign-in and OAuth pages.
 * An answer that never came is kept apart from one that said no, because a write whose answer
 * was lost may still have happened.
 */
package com.tasksync.torture.http;
