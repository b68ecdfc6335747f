package com.tasksync.emulator.soql;

/** A value on the right of a field expression, as written, with the token it came from. */
record Literal(Kind kind, Object value, Token token) {

    enum Kind { NULL, STRING, NUMBER, BOOLEAN, DATE, DATETIME, RELATIVE_DATE }
}
