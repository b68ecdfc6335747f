package com.tasksync.emulator.soql;

import java.util.List;

/** A cursor over the tokens of one statement. */
final class TokenStream {

    private final List<Token> tokens;
    private final SoqlErrors errors;
    private int index;

    TokenStream(List<Token> tokens, SoqlErrors errors) {
        this.tokens = tokens;
        this.errors = errors;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token next() {
        Token token = tokens.get(index);
        if (token.kind() != Token.Kind.EOF) {
            index++;
        }
        return token;
    }

    boolean acceptWord(String word) {
        if (peek().is(word)) {
            index++;
            return true;
        }
        return false;
    }

    boolean acceptSymbol(String symbol) {
        if (peek().isSymbol(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    Token expectWord(String word) {
        if (!peek().is(word)) {
            throw errors.unexpected(peek());
        }
        return next();
    }

    Token expectSymbol(String symbol) {
        if (!peek().isSymbol(symbol)) {
            throw errors.unexpected(peek());
        }
        return next();
    }
}
