package com.tasksync.salesforce.client.soql;

import java.util.HashMap;
import java.util.Map;

/**
 * A SOQL statement with named placeholders, {@code :name}, replaced by literals of bound values:
 * {@code Soql.of("SELECT Id FROM Task WHERE Subject = :s").bind("s", subject)}. Placeholders
 * are recognised only outside quoted strings of the template, and binding only ever inserts a
 * literal, never query text. Immutable: {@code bind} returns a new statement.
 */
public final class Soql {

    private final String template;
    private final Map<String, Object> values;

    private Soql(String template, Map<String, Object> values) {
        this.template = template;
        this.values = values;
    }

    public static Soql of(String template) {
        return new Soql(template, Map.of());
    }

    public Soql bind(String name, Object value) {
        Map<String, Object> bound = new HashMap<>(values);
        bound.put(name, value == null ? NullValue.INSTANCE : value);
        return new Soql(template, bound);
    }

    /** The statement text; fails naming the first placeholder that has no value. */
    public String text() {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '\'') {
                int end = endOfQuoted(i);
                out.append(template, i, end);
                i = end;
            } else if (c == ':' && i + 1 < template.length() && Character.isJavaIdentifierStart(template.charAt(i + 1))) {
                int end = i + 1;
                while (end < template.length() && Character.isJavaIdentifierPart(template.charAt(end))) {
                    end++;
                }
                out.append(literalFor(template.substring(i + 1, end)));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private int endOfQuoted(int open) {
        int i = open + 1;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '\'') {
                return i + 1;
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated string literal in SOQL template: " + template);
    }

    private String literalFor(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("no value bound for :" + name);
        }
        return SoqlLiterals.literal(value == NullValue.INSTANCE ? null : value);
    }

    @Override
    public String toString() {
        return text();
    }

    private enum NullValue { INSTANCE }
}
