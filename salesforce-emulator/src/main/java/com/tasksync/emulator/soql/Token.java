package com.tasksync.emulator.soql;

/** One lexical unit of a SOQL statement with its offset in the source, for error positions. */
record Token(Kind kind, String text, Object value, int offset) {

    enum Kind { WORD, STRING, NUMBER, DATE, DATETIME, SYMBOL, COLON, EOF }

    boolean is(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** How Salesforce names the token in "unexpected token" messages. */
    String shown() {
        return kind == Kind.EOF ? "<EOF>" : text;
    }
}
