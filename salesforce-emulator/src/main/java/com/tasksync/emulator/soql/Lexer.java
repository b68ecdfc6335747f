package com.tasksync.emulator.soql;

import com.tasksync.emulator.soql.Token.Kind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits a SOQL statement into tokens; string literals keep their raw text so LIKE can read its own escapes. */
final class Lexer {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:?\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String[] SYMBOLS = {"!=", "<>", "<=", ">=", "=", "<", ">", "(", ")", ","};

    private final String source;
    private final SoqlErrors errors;
    private int pos;

    Lexer(String source, SoqlErrors errors) {
        this.source = source;
        this.errors = errors;
    }

    List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
                pos++;
            }
            if (pos >= source.length()) {
                tokens.add(new Token(Kind.EOF, "", null, source.length()));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = source.charAt(pos);
        if (c == '\'') {
            return string(start);
        }
        if (Character.isDigit(c) || (c == '-' && pos + 1 < source.length() && Character.isDigit(source.charAt(pos + 1)))) {
            return literal(start);
        }
        if (Character.isLetter(c) || c == '_') {
            return word(start);
        }
        for (String symbol : SYMBOLS) {
            if (source.startsWith(symbol, pos)) {
                pos += symbol.length();
                return new Token(Kind.SYMBOL, symbol, null, start);
            }
        }
        pos++;
        Token token = new Token(c == ':' ? Kind.COLON : Kind.SYMBOL, String.valueOf(c), null, start);
        if (c == ':') {
            return token;
        }
        throw errors.unexpected(token);
    }

    private Token word(int start) {
        while (pos < source.length() && isWordChar(source.charAt(pos))) {
            pos++;
        }
        // Date literals with a parameter, such as LAST_N_DAYS:30, are one token.
        if (pos + 1 < source.length() && source.charAt(pos) == ':' && source.substring(start, pos).toUpperCase(Locale.ROOT).contains("_N_")) {
            int end = pos + 1;
            while (end < source.length() && Character.isDigit(source.charAt(end))) {
                end++;
            }
            if (end > pos + 1) {
                pos = end;
            }
        }
        return new Token(Kind.WORD, source.substring(start, pos), null, start);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    private Token literal(int start) {
        pos++;
        while (pos < source.length() && isLiteralChar(source.charAt(pos))) {
            pos++;
        }
        String text = source.substring(start, pos);
        Token token = new Token(Kind.SYMBOL, text, null, start);
        try {
            if (NUMBER.matcher(text).matches()) {
                return new Token(Kind.NUMBER, text, Double.parseDouble(text), start);
            }
            if (DATE.matcher(text).matches()) {
                return new Token(Kind.DATE, text, LocalDate.parse(text), start);
            }
            if (DATETIME.matcher(text).matches()) {
                return new Token(Kind.DATETIME, text, OffsetDateTime.parse(withColonOffset(text)).toInstant(), start);
            }
        } catch (DateTimeParseException e) {
            throw errors.unexpected(token);
        }
        throw errors.unexpected(token);
    }

    private static boolean isLiteralChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == ':' || c == '+' || c == '-';
    }

    private static String withColonOffset(String text) {
        int sign = Math.max(text.lastIndexOf('+'), text.lastIndexOf('-'));
        if (sign > 10 && text.indexOf(':', sign) < 0) {
            return text.substring(0, sign + 3) + ":" + text.substring(sign + 3);
        }
        return text;
    }

    private Token string(int start) {
        pos++;
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == '\'') {
                pos++;
                String raw = source.substring(start + 1, pos - 1);
                return new Token(Kind.STRING, source.substring(start, pos), raw, start);
            } else {
                pos++;
            }
        }
        throw errors.at(start, SoqlErrors.MALFORMED_QUERY, "unexpected token: '" + source.substring(start) + "'");
    }
}
