package com.tasksync.emulator.soql;

import com.tasksync.emulator.http.ApiException;

/**
 * Builds Salesforce's query errors. Positioned messages quote the offending line, put a caret under
 * the token and name its row and column, as in {@code "\nSELECT Foo FROM Task\n       ^\nERROR at
 * Row:1:Column:8\nNo such column ..."}.
 */
final class SoqlErrors {

    static final String MALFORMED_QUERY = "MALFORMED_QUERY";
    static final String INVALID_FIELD = "INVALID_FIELD";
    static final String INVALID_TYPE = "INVALID_TYPE";
    static final String INVALID_QUERY_FILTER_OPERATOR = "INVALID_QUERY_FILTER_OPERATOR";
    static final String NUMBER_OUTSIDE_VALID_RANGE = "NUMBER_OUTSIDE_VALID_RANGE";

    private static final String WSDL_HINT = " Please reference your WSDL or the describe call for the appropriate names.";

    private final String source;

    SoqlErrors(String source) {
        this.source = source;
    }

    ApiException at(int offset, String errorCode, String text) {
        int lineStart = source.lastIndexOf('\n', offset - 1) + 1;
        int lineEnd = source.indexOf('\n', offset);
        String line = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        int row = 1 + (int) source.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        int column = offset - lineStart + 1;
        String message = "\n" + line + "\n" + " ".repeat(column - 1) + "^\nERROR at Row:" + row + ":Column:" + column + "\n" + text;
        return new ApiException(400, errorCode, message);
    }

    ApiException at(Token token, String errorCode, String text) {
        return at(token.offset(), errorCode, text);
    }

    ApiException unexpected(Token token) {
        return at(token, MALFORMED_QUERY, "unexpected token: '" + token.shown() + "'");
    }

    ApiException noSuchColumn(Token token, String name, String entity) {
        return at(token, INVALID_FIELD, "No such column '" + name + "' on entity '" + entity + "'. If you are attempting to use a custom field,"
                + " be sure to append the '__c' after the custom field name." + WSDL_HINT);
    }

    ApiException unknownRelationship(Token token, String relationship) {
        return at(token, INVALID_FIELD, "Didn't understand relationship '" + relationship + "' in field path. If you are attempting to use a"
                + " custom relationship, be sure to append the '__r' after the custom relationship name." + WSDL_HINT);
    }

    ApiException unsupportedType(Token token, String name) {
        return at(token, INVALID_TYPE, "sObject type '" + name + "' is not supported. If you are attempting to use a custom object,"
                + " be sure to append the '__c' after the entity name." + WSDL_HINT);
    }

    static ApiException plain(String errorCode, String text) {
        return new ApiException(400, errorCode, text);
    }
}
