package com.tasksync.salesforce.client.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class FieldBitmapsTest {

    private static final Schema SCHEMA = new Schema.Parser().parse("""
            {"type":"record","name":"AccountChangeEvent","fields":[
              {"name":"ChangeEventHeader","type":"string"},
              {"name":"Name","type":["null","string"]},
              {"name":"BillingAddress","type":["null",{"type":"record","name":"Address","fields":[
                {"name":"Street","type":["null","string"]},{"name":"City","type":["null","string"]},
                {"name":"PostalCode","type":["null","string"]}]}]},
              {"name":"Phone","type":["null","string"]},
              {"name":"LastModifiedDate","type":["null","long"]}]}""");

    @Test
    void readsBitNOfTheHexNumberAsTheNthSchemaField() {
        assertThat(FieldBitmaps.fieldNames(SCHEMA, List.of("0x1A"))).containsExactly("Name", "Phone", "LastModifiedDate");
    }

    @Test
    void readsThePartsOfACompoundFieldFromItsPositionedBitmap() {
        assertThat(FieldBitmaps.fieldNames(SCHEMA, List.of("0x12", "2-0x06")))
                .containsExactly("Name", "LastModifiedDate", "BillingAddress.City", "BillingAddress.PostalCode");
    }

    @Test
    void readsAnEmptyListAsNoFields() {
        assertThat(FieldBitmaps.fieldNames(SCHEMA, List.of())).isEmpty();
    }
}
