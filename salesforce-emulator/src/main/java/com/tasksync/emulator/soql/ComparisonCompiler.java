package com.tasksync.emulator.soql;

import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.schema.FieldType;
import com.tasksync.emulator.soql.Literal.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns one field expression into a {@link Condition}. Null semantics follow SOQL's two-valued
 * logic: a null field matches {@code = null}, {@code != value} and {@code NOT IN}, and nothing else.
 */
final class ComparisonCompiler {

    /** Up to this many values, IN compares one by one; longer lists are looked up in a set. */
    private static final int SMALL_LIST = 8;

    private final SoqlErrors errors;
    private final LiteralChecker checker;

    ComparisonCompiler(SoqlErrors errors) {
        this.errors = errors;
        this.checker = new LiteralChecker(errors);
    }

    Condition compile(FieldDef field, Operator op, Token opToken, List<Literal> literals) {
        checkOperator(field, op, opToken);
        return switch (op) {
            case IN -> in(field, literals);
            case NOT_IN -> Condition.not(in(field, literals));
            case LIKE -> like(field, literals.get(0));
            case INCLUDES -> includes(field, literals);
            case EXCLUDES -> Condition.not(includes(field, literals));
            default -> single(field, op, literals.get(0));
        };
    }

    private void checkOperator(FieldDef field, Operator op, Token opToken) {
        FieldType type = field.type();
        if (op.ordering() && (type == FieldType.BOOLEAN || type == FieldType.MULTIPICKLIST)) {
            throw errors.at(opToken, SoqlErrors.INVALID_QUERY_FILTER_OPERATOR,
                    "invalid operator '" + opToken.text() + "' on " + type.describeName() + " field '" + field.name() + "'");
        }
        if (op == Operator.LIKE && !type.textual()) {
            throw errors.at(opToken, SoqlErrors.INVALID_QUERY_FILTER_OPERATOR,
                    "invalid operator 'LIKE' on " + type.describeName() + " field '" + field.name() + "'");
        }
        boolean picklistOperator = op == Operator.INCLUDES || op == Operator.EXCLUDES;
        if (picklistOperator && type != FieldType.MULTIPICKLIST) {
            throw errors.at(opToken, SoqlErrors.INVALID_QUERY_FILTER_OPERATOR, "includes or excludes operator only valid on multipicklist field");
        }
        if (!picklistOperator && type == FieldType.MULTIPICKLIST && op != Operator.EQ && op != Operator.NE) {
            throw errors.at(opToken, SoqlErrors.INVALID_QUERY_FILTER_OPERATOR,
                    "invalid operator '" + opToken.text() + "' on multipicklist field '" + field.name() + "'");
        }
    }

    private Condition single(FieldDef field, Operator op, Literal literal) {
        Object value = checker.value(field, literal);
        String name = field.name();
        if (value == null) {
            return switch (op) {
                case EQ -> (record, context) -> isNull(record.get(name));
                case NE -> (record, context) -> !isNull(record.get(name));
                default -> (record, context) -> false;
            };
        }
        Position position = Position.of(field, value);
        boolean nullPasses = op == Operator.NE;
        return (record, context) -> {
            Object current = record.get(name);
            return isNull(current) ? nullPasses : op.accepts(position.of(current, context));
        };
    }

    private static boolean isNull(Object value) {
        return value == null || (value instanceof String text && text.isEmpty());
    }

    private Condition in(FieldDef field, List<Literal> literals) {
        if (LiteralChecker.isId(field.type()) && literals.stream().noneMatch(l -> l.kind() == Kind.NULL)) {
            Set<String> ids = new HashSet<>();
            literals.forEach(literal -> ids.add((String) checker.value(field, literal)));
            ids.remove(null);
            String name = field.name();
            return (record, context) -> record.get(name) instanceof String id && id.length() >= 15 && ids.contains(id.substring(0, 15));
        }
        if (isPlainText(field.type()) && literals.size() > SMALL_LIST) {
            Set<String> lowered = new HashSet<>();
            literals.forEach(literal -> lowered.add(lowered(checker.value(field, literal))));
            if (!lowered.contains(null)) {
                String name = field.name();
                return (record, context) -> record.get(name) instanceof String text && lowered.contains(text.toLowerCase(Locale.ROOT));
            }
        }
        List<Condition> equals = new ArrayList<>();
        literals.forEach(literal -> equals.add(single(field, Operator.EQ, literal)));
        return Condition.any(equals);
    }

    private static String lowered(Object text) {
        return text == null ? null : ((String) text).toLowerCase(Locale.ROOT);
    }

    private static boolean isPlainText(FieldType type) {
        return type.textual() && !LiteralChecker.isId(type) && type != FieldType.MULTIPICKLIST;
    }

    private Condition like(FieldDef field, Literal literal) {
        if (literal.kind() == Kind.NULL) {
            return (record, context) -> false;
        }
        if (literal.kind() != Kind.STRING) {
            checker.value(field, literal);
        }
        LikeMatcher pattern = new LikeMatcher(StringLiteral.decode(literal.token(), errors, true));
        String name = field.name();
        return (record, context) -> record.get(name) instanceof String text && pattern.matches(text);
    }

    private Condition includes(FieldDef field, List<Literal> literals) {
        List<Set<String>> wanted = new ArrayList<>();
        for (Literal literal : literals) {
            Object value = checker.value(field, literal);
            if (value != null) {
                wanted.add(Position.terms(((String) value).toLowerCase(Locale.ROOT)));
            }
        }
        String name = field.name();
        return (record, context) -> {
            if (!(record.get(name) instanceof String text) || text.isEmpty()) {
                return false;
            }
            Set<String> present = Position.terms(text);
            for (Set<String> combination : wanted) {
                if (present.containsAll(combination)) {
                    return true;
                }
            }
            return false;
        };
    }
}
