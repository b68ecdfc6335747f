package com.tasksync.salesforce.client.pubsub;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Reads the Pub/Sub API's bitmap form of changedFields, nulledFields and diffFields: the first
 * string {@code 0x…} is a hex number whose bit n stands for the nth field of the event schema; each
 * further {@code pos-0x…} string does the same for the fields inside the compound field at
 * position pos, named {@code Parent.Child}.
 */
final class FieldBitmaps {

    private FieldBitmaps() {
    }

    static List<String> fieldNames(Schema schema, List<String> bitmaps) {
        List<String> names = new ArrayList<>();
        for (String bitmap : bitmaps) {
            if (bitmap.startsWith("0x")) {
                names.addAll(names(schema, bitmap, ""));
            } else {
                int dash = bitmap.indexOf('-');
                if (dash > 0) {
                    Schema.Field parent = schema.getFields().get(Integer.parseInt(bitmap.substring(0, dash)));
                    Schema record = recordOf(parent.schema());
                    if (record != null) {
                        names.addAll(names(record, bitmap.substring(dash + 1), parent.name() + "."));
                    }
                }
            }
        }
        return names;
    }

    private static List<String> names(Schema record, String hex, String prefix) {
        BigInteger bits = new BigInteger(hex.substring(2), 16);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bits.bitLength() && i < record.getFields().size(); i++) {
            if (bits.testBit(i)) {
                out.add(prefix + record.getFields().get(i).name());
            }
        }
        return out;
    }

    private static Schema recordOf(Schema schema) {
        if (schema.getType() == Schema.Type.RECORD) {
            return schema;
        }
        if (schema.getType() == Schema.Type.UNION) {
            for (Schema branch : schema.getTypes()) {
                if (branch.getType() == Schema.Type.RECORD) {
                    return branch;
                }
            }
        }
        return null;
    }
}
