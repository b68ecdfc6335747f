package com.tasksync.emulator.schema;

import java.util.Locale;

/** Salesforce field types as {@code describe} names them. */
public enum FieldType {
    ID, STRING, TEXTAREA, PICKLIST, MULTIPICKLIST, COMBOBOX, BOOLEAN, DATE, DATETIME, INT, DOUBLE, CURRENCY, PERCENT,
    REFERENCE, EMAIL, PHONE, URL;

    /** The name used in describe results: {@code string}, {@code datetime}, {@code reference}… */
    public String describeName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean textual() {
        return switch (this) {
            case ID, STRING, TEXTAREA, PICKLIST, MULTIPICKLIST, COMBOBOX, REFERENCE, EMAIL, PHONE, URL -> true;
            default -> false;
        };
    }

    public boolean numeric() {
        return this == INT || this == DOUBLE || this == CURRENCY || this == PERCENT;
    }
}
