package com.tasksync.emulator.soql;

import com.tasksync.emulator.schema.FieldDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a WHERE clause into a {@link Condition}. As in Salesforce, AND and OR cannot be mixed at
 * one level without parentheses, and NOT applies to the condition that follows it.
 */
final class WhereParser {

    private final TokenStream tokens;
    private final SoqlErrors errors;
    private final FieldResolver fields;
    private final ComparisonCompiler comparisons;
    private final Map<String, Set<Object>> required = new HashMap<>();
    private int depth;

    WhereParser(TokenStream tokens, SoqlErrors errors, FieldResolver fields) {
        this.tokens = tokens;
        this.errors = errors;
        this.fields = fields;
        this.comparisons = new ComparisonCompiler(errors);
    }

    /** The values that string-compared fields must hold by the top-level AND of the clause (see {@link SoqlQuery#requiredValues}). */
    Map<String, Set<Object>> required() {
        return Map.copyOf(required);
    }

    Condition expression() {
        Condition first = unary();
        String joiner = tokens.peek().is("AND") ? "AND" : tokens.peek().is("OR") ? "OR" : null;
        if (joiner == null) {
            return first;
        }
        if (joiner.equals("OR") && depth == 0) {
            required.clear();
            depth++;
        }
        String other = joiner.equals("AND") ? "OR" : "AND";
        List<Condition> parts = new ArrayList<>(List.of(first));
        while (tokens.acceptWord(joiner)) {
            parts.add(unary());
            if (tokens.peek().is(other)) {
                throw errors.unexpected(tokens.peek());
            }
        }
        return joiner.equals("AND") ? Condition.all(parts) : Condition.any(parts);
    }

    private Condition unary() {
        if (tokens.acceptWord("NOT")) {
            depth++;
            Condition inner = unary();
            depth--;
            return Condition.not(inner);
        }
        if (tokens.acceptSymbol("(")) {
            depth++;
            Condition inner = expression();
            depth--;
            tokens.expectSymbol(")");
            return inner;
        }
        return comparison();
    }

    private Condition comparison() {
        Token fieldToken = tokens.next();
        if (fieldToken.kind() != Token.Kind.WORD || tokens.peek().isSymbol("(")) {
            throw errors.unexpected(tokens.peek().isSymbol("(") ? tokens.peek() : fieldToken);
        }
        FieldDef field = fields.resolve(fieldToken);
        Token opToken = tokens.next();
        Operator op = operator(opToken);
        boolean list = op == Operator.IN || op == Operator.NOT_IN || op == Operator.INCLUDES || op == Operator.EXCLUDES;
        List<Literal> literals = list ? list() : List.of(literal());
        Condition condition = comparisons.compile(field, op, opToken, literals);
        if (depth == 0 && (op == Operator.EQ || op == Operator.IN)) {
            remember(field, literals);
        }
        return condition;
    }

    private void remember(FieldDef field, List<Literal> literals) {
        Set<Object> values = new LinkedHashSet<>();
        for (Literal literal : literals) {
            if (literal.kind() != Literal.Kind.STRING) {
                return;
            }
            String text = StringLiteral.decode(literal.token(), errors);
            values.add(LiteralChecker.isId(field.type()) && text.length() >= 15 ? text.substring(0, 15) : text);
        }
        Set<Object> earlier = required.get(field.name());
        if (earlier != null) {
            values.retainAll(earlier);
        }
        required.put(field.name(), values);
    }

    private Operator operator(Token token) {
        Operator op = token.kind() == Token.Kind.SYMBOL ? Operator.ofSymbol(token.text()) : null;
        if (op != null) {
            return op;
        }
        if (token.is("NOT") && tokens.acceptWord("IN")) {
            return Operator.NOT_IN;
        }
        for (Operator word : new Operator[] {Operator.IN, Operator.LIKE, Operator.INCLUDES, Operator.EXCLUDES}) {
            if (token.is(word.name())) {
                return word;
            }
        }
        throw errors.unexpected(token);
    }

    private List<Literal> list() {
        tokens.expectSymbol("(");
        if (tokens.peek().is("SELECT")) {
            throw errors.at(tokens.peek(), SoqlErrors.MALFORMED_QUERY, "Semi-join subqueries are not supported by the emulator.");
        }
        List<Literal> literals = new ArrayList<>();
        do {
            literals.add(literal());
        } while (tokens.acceptSymbol(","));
        tokens.expectSymbol(")");
        return literals;
    }

    private Literal literal() {
        Token token = tokens.next();
        return switch (token.kind()) {
            case STRING -> new Literal(Literal.Kind.STRING, null, token);
            case NUMBER -> new Literal(Literal.Kind.NUMBER, token.value(), token);
            case DATE -> new Literal(Literal.Kind.DATE, token.value(), token);
            case DATETIME -> new Literal(Literal.Kind.DATETIME, token.value(), token);
            case COLON -> throw errors.at(token, SoqlErrors.MALFORMED_QUERY, "Bind variables only allowed in Apex code");
            case WORD -> word(token);
            default -> throw errors.unexpected(token);
        };
    }

    private Literal word(Token token) {
        if (token.is("null")) {
            return new Literal(Literal.Kind.NULL, null, token);
        }
        if (token.is("true") || token.is("false")) {
            return new Literal(Literal.Kind.BOOLEAN, token.is("true"), token);
        }
        RelativeDate relative = RelativeDate.parse(token.text());
        if (relative == null) {
            throw errors.unexpected(token);
        }
        return new Literal(Literal.Kind.RELATIVE_DATE, relative, token);
    }
}
