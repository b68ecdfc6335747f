package com.tasksync.mapping;

import com.tasksync.salesforce.client.record.SObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.databind.json.JsonMapper;

/** Salesforce records read from the JSON fixtures under {@code salesforce/}. */
final class Records {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Records() {
    }

    static SObject load(String name) {
        try (var in = Records.class.getResourceAsStream("/salesforce/" + name + ".json")) {
            return SObject.from(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
