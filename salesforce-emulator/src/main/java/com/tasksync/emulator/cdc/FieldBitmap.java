package com.tasksync.emulator.cdc;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;

/**
 * Salesforce's bitmap form of a field list in the Pub/Sub API: bit n set for the nth field of the
 * event schema (the header is field 0), written as {@code 0x} and upper-case hex digits, an even
 * number of them. The list holds this one string, or nothing when no field is named; compound
 * fields would add {@code pos-0x…} strings, but the emulated objects have none.
 */
final class FieldBitmap {

    private FieldBitmap() {
    }

    static List<String> of(Schema schema, List<String> fieldNames) {
        if (fieldNames.isEmpty()) {
            return List.of();
        }
        BigInteger bits = BigInteger.ZERO;
        for (String name : fieldNames) {
            Schema.Field field = schema.getField(name);
            if (field == null) {
                throw new IllegalArgumentException("no field " + name + " in " + schema.getFullName());
            }
            bits = bits.setBit(field.pos());
        }
        String hex = bits.toString(16).toUpperCase(Locale.ROOT);
        return List.of("0x" + (hex.length() % 2 == 1 ? "0" + hex : hex));
    }
}
