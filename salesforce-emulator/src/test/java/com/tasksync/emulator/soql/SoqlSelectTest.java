package com.tasksync.emulator.soql;

import static com.tasksync.emulator.soql.TaskFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.emulator.http.ApiException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SoqlSelectTest {

    private static final String WSDL = " Please reference your WSDL or the describe call for the appropriate names.";

    @Test
    void answersCanonicalFieldNamesInSelectOrder() {
        SoqlQuery query = SoqlEngine.compile("select subject, ID, task.isclosed from task", schema());

        assertThat(query.fields()).containsExactly("Subject", "Id", "IsClosed");
        assertThat(query.from().name()).isEqualTo("Task");
        assertThat(query.countOnly()).isFalse();
        assertThat(query.ordering()).isNull();
        assertThat(query.limit()).isEmpty();
        assertThat(query.offset()).isEmpty();
    }

    @Test
    void acceptsAnAliasForTheObject() {
        SoqlQuery query = SoqlEngine.compile("SELECT t.Subject, t.Id FROM Task t WHERE t.IsClosed = false ORDER BY t.Subject", schema());

        assertThat(query.fields()).containsExactly("Subject", "Id");
        assertErrorCode("SELECT x.Subject FROM Task t", "INVALID_FIELD");
    }

    @Test
    void compilesCountOnlyInAnyCase() {
        SoqlQuery query = SoqlEngine.compile("SELECT count() FROM Task WHERE IsClosed = false", schema());

        assertThat(query.countOnly()).isTrue();
        assertThat(query.fields()).isEmpty();
    }

    @Test
    void readsLimitAndOffset() {
        SoqlQuery query = SoqlEngine.compile("SELECT Id FROM Task ORDER BY Id LIMIT 10 OFFSET 2000", schema());

        assertThat(query.limit()).hasValue(10);
        assertThat(query.offset()).hasValue(2000);
    }

    @Test
    void refusesOffsetsOverTwoThousand() {
        assertError("SELECT Id FROM Task LIMIT 10 OFFSET 2001", "NUMBER_OUTSIDE_VALID_RANGE", "Maximum SOQL offset allowed is 2000");
    }

    @Test
    void reportsAnUnknownFieldWithRowColumnAndCaret() {
        assertError("SELECT Foo FROM Task", "INVALID_FIELD", "\nSELECT Foo FROM Task\n       ^\nERROR at Row:1:Column:8\nNo such column 'Foo' on entity 'Task'."
                + " If you are attempting to use a custom field, be sure to append the '__c' after the custom field name." + WSDL);
    }

    @Test
    void pointsAtTheLineOfAMultiLineQuery() {
        assertError("SELECT Id\nFROM Task\nWHERE Nope__c = 1", "INVALID_FIELD", "\nWHERE Nope__c = 1\n      ^\nERROR at Row:3:Column:7\nNo such column"
                + " 'Nope__c' on entity 'Task'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name."
                + WSDL);
    }

    @Test
    void reportsAnUnknownObjectAsInvalidType() {
        assertError("SELECT Id FROM Accountz LIMIT 2", "INVALID_TYPE", "\nSELECT Id FROM Accountz LIMIT 2\n               ^\nERROR at Row:1:Column:16\n"
                + "sObject type 'Accountz' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the"
                + " entity name." + WSDL);
    }

    @Test
    void refusesAFieldSelectedTwiceInAnotherCase() {
        assertError("SELECT Id, Subject, id FROM Task", "INVALID_FIELD", "duplicate field selected: Id");
    }

    @Test
    void reportsAnUnknownRelationship() {
        assertError("SELECT Id, Foo__r.Name FROM Task", "INVALID_FIELD", "\nSELECT Id, Foo__r.Name FROM Task\n           ^\nERROR at Row:1:Column:12\n"
                + "Didn't understand relationship 'Foo__r' in field path. If you are attempting to use a custom relationship, be sure to append"
                + " the '__r' after the custom relationship name." + WSDL);
    }

    @Test
    void refusesAKnownRelationshipPathAsUnsupported() {
        assertThatThrownBy(() -> SoqlEngine.compile("SELECT Owner.Name FROM Task", schema()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("MALFORMED_QUERY");
                    assertThat(e.getMessage()).contains("ERROR at Row:1:Column:8").contains("'Owner.Name'");
                });
    }

    @Test
    void reportsAnUnexpectedTokenWithItsPosition() {
        assertError("SELECT Id, FROM Task", "MALFORMED_QUERY", "\nSELECT Id, FROM Task\n           ^\nERROR at Row:1:Column:12\nunexpected token: 'FROM'");
        assertError("SELECT Id FROM Task WHERE", "MALFORMED_QUERY", "\nSELECT Id FROM Task WHERE\n                         ^\nERROR at Row:1:Column:26\n"
                + "unexpected token: '<EOF>'");
        assertError("SELECT Id FRM Task", "MALFORMED_QUERY", "\nSELECT Id FRM Task\n          ^\nERROR at Row:1:Column:11\nunexpected token: 'FRM'");
    }

    @Test
    void refusesWhatComesAfterTheLastClause() {
        assertErrorCode("SELECT Id FROM Task LIMIT 5 GROUP BY Subject", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task FOR UPDATE", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task LIMIT -1", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task LIMIT 1.5", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task LIMIT 99999999999", "MALFORMED_QUERY");
    }

    @Test
    void refusesApexOnlyAllRows() {
        assertError("SELECT Id FROM Task ALL ROWS", "MALFORMED_QUERY", "\nSELECT Id FROM Task ALL ROWS\n                    ^\nERROR at Row:1:Column:21\n"
                + "unexpected token: 'ALL'");
    }

    @Test
    void countsMatchingRecordsWithCountOnly() {
        SoqlQuery query = SoqlEngine.compile("SELECT COUNT() FROM Task WHERE Subject LIKE 'a%'", schema());
        SoqlContext context = new SoqlContext(Instant.EPOCH, ZoneOffset.UTC);

        long count = Stream.of("ab", "b", "Ac").map(s -> TaskRecord.task(s).build()).filter(r -> query.matches(r, context)).count();

        assertThat(count).isEqualTo(2);
    }

    @Test
    void refusesAggregatesOtherThanBareCount() {
        assertErrorCode("SELECT COUNT(Id) FROM Task", "MALFORMED_QUERY");
        assertErrorCode("SELECT COUNT(), Id FROM Task", "MALFORMED_QUERY");
        assertErrorCode("SELECT FIELDS(ALL) FROM Task LIMIT 200", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id, (SELECT Id FROM Tasks) FROM Contact", "MALFORMED_QUERY");
    }

    @Test
    void refusesEmptyAndBlankStatements() {
        assertErrorCode("", "MALFORMED_QUERY");
        assertErrorCode("   ", "MALFORMED_QUERY");
        assertErrorCode("SELECT", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM", "MALFORMED_QUERY");
    }

    @Test
    void refusesApexBindVariables() {
        assertError("SELECT Id FROM Task WHERE Subject = :name", "MALFORMED_QUERY", "\nSELECT Id FROM Task WHERE Subject = :name\n"
                + "                                    ^\nERROR at Row:1:Column:37\nBind variables only allowed in Apex code");
    }

    static void assertError(String soql, String errorCode, String message) {
        assertThatThrownBy(() -> SoqlEngine.compile(soql, schema()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).isEqualTo(errorCode);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    static void assertErrorCode(String soql, String errorCode) {
        assertThatThrownBy(() -> SoqlEngine.compile(soql, schema()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(errorCode));
    }
}
