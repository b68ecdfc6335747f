package com.tasksync.emulator.cdc;

import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.schema.FieldType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How a field of an sObject appears in a change event schema: its Avro type (always in a union
 * with null) and the {@code doc} annotation Salesforce puts on it ({@code Data:DateOnly},
 * {@code ForeignKey:EntityId}, …). Dates and datetimes are Avro longs: epoch milliseconds, a date
 * at midnight UTC.
 */
final class AvroTypes {

    private AvroTypes() {
    }

    static String avroType(FieldType type) {
        return switch (type) {
            case BOOLEAN -> "boolean";
            case INT -> "int";
            case DOUBLE, CURRENCY, PERCENT -> "double";
            case DATE, DATETIME -> "long";
            default -> "string";
        };
    }

    static String doc(FieldDef field) {
        if (field.name().equals("CreatedDate")) {
            return "CreatedDate:DateTime";
        }
        return switch (field.type()) {
            case ID, REFERENCE -> "ForeignKey:EntityId";
            case BOOLEAN -> "Data:Boolean";
            case INT -> "Data:Integer";
            case DOUBLE -> "Data:Double";
            case CURRENCY -> "Data:Currency";
            case PERCENT -> "Data:Percent";
            case DATE -> "Data:DateOnly";
            case DATETIME -> "Data:DateTime";
            case TEXTAREA -> "Data:StringPlusClob";
            case PICKLIST -> "Data:DynamicEnum";
            case MULTIPICKLIST -> "Data:MultiEnum";
            case EMAIL -> "Data:Email";
            case PHONE -> "Data:Phone";
            case URL -> "Data:Url";
            default -> "Data:Text";
        };
    }

    /** A record value as the Avro writer takes it. */
    static Object avroValue(Object value) {
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
        if (value instanceof Instant instant) {
            return instant.toEpochMilli();
        }
        return value;
    }
}
