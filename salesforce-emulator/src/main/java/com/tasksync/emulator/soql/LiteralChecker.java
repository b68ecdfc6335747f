package com.tasksync.emulator.soql;

import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.schema.FieldType;
import com.tasksync.emulator.soql.Literal.Kind;

/**
 * Checks that a literal suits the field it is compared with and returns its value in the record's
 * Java type: a quoted string for text, a bare number, boolean, date or dateTime otherwise.
 */
final class LiteralChecker {

    private final SoqlErrors errors;

    LiteralChecker(SoqlErrors errors) {
        this.errors = errors;
    }

    /** The literal's value, or null for a null literal (and for '' on text fields, which Salesforce stores as null). */
    Object value(FieldDef field, Literal literal) {
        if (literal.kind() == Kind.NULL) {
            return null;
        }
        FieldType type = field.type();
        if (type.textual()) {
            require(field, literal, literal.kind() == Kind.STRING);
            String text = StringLiteral.decode(literal.token(), errors);
            if (text.isEmpty()) {
                return null;
            }
            return isId(type) ? checkedId(text, literal) : text;
        }
        return switch (type) {
            case BOOLEAN -> {
                require(field, literal, literal.kind() == Kind.BOOLEAN);
                yield literal.value();
            }
            case DATE -> {
                require(field, literal, literal.kind() == Kind.DATE || literal.kind() == Kind.RELATIVE_DATE);
                yield literal.value();
            }
            case DATETIME -> {
                require(field, literal, literal.kind() == Kind.DATETIME || literal.kind() == Kind.RELATIVE_DATE);
                yield literal.value();
            }
            default -> {
                require(field, literal, literal.kind() == Kind.NUMBER);
                yield literal.value();
            }
        };
    }

    static boolean isId(FieldType type) {
        return type == FieldType.ID || type == FieldType.REFERENCE;
    }

    private String checkedId(String text, Literal literal) {
        boolean valid = (text.length() == 15 || text.length() == 18) && text.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
        if (!valid) {
            throw errors.at(literal.token(), SoqlErrors.INVALID_QUERY_FILTER_OPERATOR, "invalid ID field: " + text);
        }
        return text.substring(0, 15);
    }

    private void require(FieldDef field, Literal literal, boolean suits) {
        if (suits) {
            return;
        }
        String type = switch (field.type()) {
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case DATETIME -> "dateTime";
            case INT, DOUBLE, CURRENCY, PERCENT -> "double";
            default -> "string";
        };
        String quotes = type.equals("string") ? "should be enclosed in quotes" : "should not be enclosed in quotes";
        throw errors.at(literal.token(), SoqlErrors.INVALID_FIELD,
                "value of filter criterion for field '" + field.name() + "' must be of type " + type + " and " + quotes);
    }
}
