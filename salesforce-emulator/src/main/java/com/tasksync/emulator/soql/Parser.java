package com.tasksync.emulator.soql;

import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.schema.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** Parses {@code SELECT ... FROM ... [WHERE] [ORDER BY] [LIMIT] [OFFSET]} into a {@link CompiledQuery}. */
final class Parser {

    static final int MAX_OFFSET = 2000;
    private static final Set<String> CLAUSE_WORDS = Set.of("WHERE", "ORDER", "LIMIT", "OFFSET", "GROUP", "HAVING", "WITH", "FOR", "USING",
            "ALL", "UPDATE", "VIEW", "REFERENCE", "TRACKING", "AS", "FROM", "SELECT", "AND", "OR", "NOT");

    private final TokenStream tokens;
    private final SoqlErrors errors;
    private final Schema schema;

    Parser(String soql, Schema schema) {
        this.errors = new SoqlErrors(soql);
        this.tokens = new TokenStream(new Lexer(soql, errors).tokens(), errors);
        this.schema = schema;
    }

    CompiledQuery parse() {
        tokens.expectWord("SELECT");
        boolean countOnly = tokens.peek().is("COUNT") && tokens.peek(1).isSymbol("(") && tokens.peek(2).isSymbol(")");
        List<Token> selected = new ArrayList<>();
        if (countOnly) {
            tokens.next();
            tokens.next();
            tokens.next();
        } else {
            do {
                selected.add(selectItem());
            } while (tokens.acceptSymbol(","));
        }
        tokens.expectWord("FROM");
        SObjectType type = objectType(tokens.next());
        FieldResolver resolver = new FieldResolver(type, alias(), errors, schema);
        List<String> fields = fieldNames(selected, resolver);
        WhereParser whereParser = new WhereParser(tokens, errors, resolver);
        Condition where = tokens.acceptWord("WHERE") ? whereParser.expression() : Condition.ALWAYS;
        Comparator<Map<String, Object>> ordering = tokens.acceptWord("ORDER") ? orderBy(resolver) : null;
        OptionalInt limit = tokens.acceptWord("LIMIT") ? OptionalInt.of(count()) : OptionalInt.empty();
        OptionalInt offset = tokens.acceptWord("OFFSET") ? OptionalInt.of(count()) : OptionalInt.empty();
        if (offset.isPresent() && offset.getAsInt() > MAX_OFFSET) {
            throw SoqlErrors.plain(SoqlErrors.NUMBER_OUTSIDE_VALID_RANGE, "Maximum SOQL offset allowed is " + MAX_OFFSET);
        }
        if (tokens.peek().kind() != Token.Kind.EOF) {
            throw errors.unexpected(tokens.peek());
        }
        return new CompiledQuery(type, List.copyOf(fields), countOnly, where, ordering, new CompiledQuery.Paging(limit, offset),
                resolver.relationships(), whereParser.required());
    }

    private Token selectItem() {
        Token token = tokens.next();
        if (token.kind() != Token.Kind.WORD || token.is("FROM")) {
            throw errors.unexpected(token);
        }
        if (tokens.peek().isSymbol("(")) {
            throw errors.at(token, SoqlErrors.MALFORMED_QUERY,
                    "The emulator supports only plain fields and COUNT() in SELECT, not " + token.text() + "(...).");
        }
        return token;
    }

    private SObjectType objectType(Token token) {
        if (token.kind() != Token.Kind.WORD) {
            throw errors.unexpected(token);
        }
        SObjectType type = schema.type(token.text());
        if (type == null) {
            throw errors.unsupportedType(token, token.text());
        }
        return type;
    }

    /** The optional alias after the object name, as in {@code SELECT t.Subject FROM Task t}. */
    private String alias() {
        Token token = tokens.peek();
        if (token.kind() != Token.Kind.WORD || token.text().contains(".") || CLAUSE_WORDS.contains(token.text().toUpperCase(Locale.ROOT))) {
            return null;
        }
        return tokens.next().text();
    }

    private List<String> fieldNames(List<Token> selected, FieldResolver resolver) {
        Set<String> names = new LinkedHashSet<>();
        for (Token token : selected) {
            FieldDef field = resolver.resolve(token);
            if (!names.add(field.name())) {
                throw SoqlErrors.plain(SoqlErrors.INVALID_FIELD, "duplicate field selected: " + field.name());
            }
        }
        return new ArrayList<>(names);
    }

    private Comparator<Map<String, Object>> orderBy(FieldResolver resolver) {
        tokens.expectWord("BY");
        Comparator<Map<String, Object>> ordering = null;
        do {
            Token token = tokens.next();
            if (token.kind() != Token.Kind.WORD) {
                throw errors.unexpected(token);
            }
            FieldDef field = resolver.resolve(token);
            boolean descending = !tokens.acceptWord("ASC") && tokens.acceptWord("DESC");
            boolean nullsFirst = true;
            if (tokens.acceptWord("NULLS")) {
                nullsFirst = !tokens.acceptWord("LAST");
                if (nullsFirst) {
                    tokens.expectWord("FIRST");
                }
            }
            Comparator<Map<String, Object>> key = Ordering.key(field, descending, nullsFirst);
            ordering = ordering == null ? key : ordering.thenComparing(key);
        } while (tokens.acceptSymbol(","));
        return ordering;
    }

    private int count() {
        Token token = tokens.next();
        if (token.kind() != Token.Kind.NUMBER || !token.text().chars().allMatch(Character::isDigit)) {
            throw errors.unexpected(token);
        }
        try {
            return Integer.parseInt(token.text());
        } catch (NumberFormatException e) {
            throw errors.at(token, SoqlErrors.MALFORMED_QUERY, "numeric value out of range: " + token.text());
        }
    }
}
