package com.tasksync.emulator.soql;

/**
 * Decodes the escape sequences of a quoted SOQL string: {@code \' \" \\ \n \r \t \b \f \\uXXXX};
 * {@code \%} and {@code \_} only inside LIKE, where they stand for a literal percent sign or underscore.
 */
final class StringLiteral {

    /** Marks a character as a LIKE wildcard in the decoded form. */
    static final char WILDCARD_FLAG = '\u0000';

    private StringLiteral() {
    }

    static String decode(Token token, SoqlErrors errors) {
        return decode(token, errors, false);
    }

    /**
     * For LIKE, every decoded character is preceded by a flag char: {@link #WILDCARD_FLAG} before an
     * unescaped % or _, a space before anything else.
     */
    static String decode(Token token, SoqlErrors errors, boolean like) {
        String raw = (String) token.value();
        StringBuilder out = new StringBuilder(raw.length() * (like ? 2 : 1));
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                if (like) {
                    out.append(c == '%' || c == '_' ? WILDCARD_FLAG : ' ');
                }
                out.append(c);
                continue;
            }
            char e = i + 1 < raw.length() ? raw.charAt(i + 1) : ' ';
            char decoded;
            switch (e) {
                case '\'', '"', '\\' -> decoded = e;
                case 'n' -> decoded = '\n';
                case 'r' -> decoded = '\r';
                case 't' -> decoded = '\t';
                case 'b' -> decoded = '\b';
                case 'f' -> decoded = '\f';
                case 'u' -> {
                    decoded = unicode(raw, i, token, errors);
                    i += 4;
                }
                case '%', '_' -> {
                    if (!like) {
                        throw illegal(token, errors, "\\" + e);
                    }
                    decoded = e;
                }
                default -> throw illegal(token, errors, "\\" + e);
            }
            if (like) {
                out.append(' ');
            }
            out.append(decoded);
            i++;
        }
        return out.toString();
    }

    private static char unicode(String raw, int backslash, Token token, SoqlErrors errors) {
        if (backslash + 6 > raw.length()) {
            throw illegal(token, errors, raw.substring(backslash));
        }
        String hex = raw.substring(backslash + 2, backslash + 6);
        try {
            return (char) Integer.parseInt(hex, 16);
        } catch (NumberFormatException e) {
            throw illegal(token, errors, "\\u" + hex);
        }
    }

    private static RuntimeException illegal(Token token, SoqlErrors errors, String sequence) {
        return errors.at(token, SoqlErrors.MALFORMED_QUERY,
                "Invalid string literal " + token.text() + ". Illegal character sequence '" + sequence + "' in string literal.");
    }
}
