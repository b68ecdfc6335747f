package com.tasksync.web;

/** Where a form sends the browser back to: only a path on this site, never another host. */
final class ReturnTo {

    private ReturnTo() {}

    static String redirect(String returnTo, String fallback) {
        var safe = returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//")
                && !returnTo.contains("\\") && returnTo.chars().noneMatch(Character::isISOControl);
        return "redirect:" + (safe ? returnTo : fallback);
    }
}
