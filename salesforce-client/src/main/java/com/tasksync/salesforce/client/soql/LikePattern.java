package com.tasksync.salesforce.client.soql;

/**
 * A value for LIKE whose own {@code %} and {@code _} match only themselves: bind
 * {@code LikePattern.containing(text)} where a plain string would make them wildcards.
 */
public record LikePattern(String prefix, String text, String suffix) {

    public static LikePattern containing(String text) {
        return new LikePattern("%", text, "%");
    }

    public static LikePattern startingWith(String text) {
        return new LikePattern("", text, "%");
    }

    /** The literal: the text quoted and escaped, with LIKE's wildcards escaped too, between the wildcards asked for. */
    String literal() {
        String quoted = SoqlLiterals.quote(text);
        String inner = quoted.substring(1, quoted.length() - 1).replace("%", "\\%").replace("_", "\\_");
        return "'" + prefix + inner + suffix + "'";
    }
}
