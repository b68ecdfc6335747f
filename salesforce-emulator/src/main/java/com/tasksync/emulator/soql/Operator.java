package com.tasksync.emulator.soql;

/** The comparison operators of a SOQL field expression. */
enum Operator {
    EQ, NE, LT, LE, GT, GE, IN, NOT_IN, LIKE, INCLUDES, EXCLUDES;

    static Operator ofSymbol(String symbol) {
        return switch (symbol) {
            case "=" -> EQ;
            case "!=", "<>" -> NE;
            case "<" -> LT;
            case "<=" -> LE;
            case ">" -> GT;
            case ">=" -> GE;
            default -> null;
        };
    }

    boolean ordering() {
        return this == LT || this == LE || this == GT || this == GE;
    }

    /** Whether a value at this position relative to the literal (negative: before it, 0: equal or inside its range) passes. */
    boolean accepts(int position) {
        return switch (this) {
            case EQ -> position == 0;
            case NE -> position != 0;
            case LT -> position < 0;
            case LE -> position <= 0;
            case GT -> position > 0;
            case GE -> position >= 0;
            default -> throw new IllegalStateException(name());
        };
    }
}
