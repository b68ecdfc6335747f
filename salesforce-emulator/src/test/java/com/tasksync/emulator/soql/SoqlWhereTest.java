package com.tasksync.emulator.soql;

import static com.tasksync.emulator.soql.SoqlSelectTest.assertError;
import static com.tasksync.emulator.soql.SoqlSelectTest.assertErrorCode;
import static com.tasksync.emulator.soql.TaskRecord.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.emulator.schema.FieldType;
import com.tasksync.emulator.schema.Schema;
import com.tasksync.emulator.http.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoqlWhereTest {

    private static final SoqlContext NOW = new SoqlContext(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
    private static final String OWNER_18 = "005000000000001AAA";

    private final List<Map<String, Object>> tasks = List.of(
            task("alpha").with("Status", "Open").with("IsClosed", false).with("CallDurationInSeconds", 10).with("Score__c", 1.5)
                    .with("Amount__c", 100.0).with("Tags__c", "Red;Blue").with("OwnerId", OWNER_18)
                    .with("ActivityDate", LocalDate.parse("2026-11-19")).with("CreatedDate", Instant.parse("2026-11-01T10:00:00Z")).build(),
            task("Beta").with("Status", "Completed").with("IsClosed", true).with("CallDurationInSeconds", 20).with("Score__c", 2.5)
                    .with("Tags__c", "Green").with("OwnerId", "005000000000002AAA")
                    .with("ActivityDate", LocalDate.parse("2026-11-20")).with("CreatedDate", Instant.parse("2026-11-02T10:00:00Z")).build(),
            task("gamma").with("Status", "open").with("IsClosed", false).with("CallDurationInSeconds", 30)
                    .with("Tags__c", "Blue;Green;Red").build(),
            task(null).with("Status", "Waiting").with("Description", "").build());

    private List<String> where(String condition) {
        return TaskFixture.subjects("SELECT Id FROM Task WHERE " + condition, NOW, tasks);
    }

    @Test
    void comparesTextWithoutRegardToCase() {
        assertThat(where("Status = 'OPEN'")).containsExactly("alpha", "gamma");
        assertThat(where("Subject = 'beta'")).containsExactly("Beta");
        assertThat(where("Subject IN ('ALPHA', 'GAMMA')")).containsExactly("alpha", "gamma");
        assertThat(where("Subject > 'b'")).containsExactly("Beta", "gamma");
    }

    @Test
    void letsANullFieldMatchOnlyEqualsNullAndTheNegativeOperators() {
        assertThat(where("Subject = null")).containsExactly((String) null);
        assertThat(where("Subject != null")).containsExactly("alpha", "Beta", "gamma");
        assertThat(where("Score__c != 1.5")).containsExactly("Beta", "gamma", null);
        assertThat(where("Score__c < 10")).containsExactly("alpha", "Beta");
        assertThat(where("Subject LIKE '%'")).containsExactly("alpha", "Beta", "gamma");
        assertThat(where("Subject NOT IN ('alpha')")).containsExactly("Beta", "gamma", null);
        assertThat(where("Subject IN ('alpha', null)")).containsExactly("alpha", null);
    }

    @Test
    void treatsEmptyTextAsNull() {
        assertThat(where("Description = null")).hasSize(4);
        assertThat(where("Description = ''")).hasSize(4);
        assertThat(where("Description != null")).isEmpty();
    }

    @Test
    void supportsEveryOrderingOperatorOnNumbers() {
        assertThat(where("CallDurationInSeconds = 20")).containsExactly("Beta");
        assertThat(where("CallDurationInSeconds <> 20")).containsExactly("alpha", "gamma", null);
        assertThat(where("CallDurationInSeconds < 20")).containsExactly("alpha");
        assertThat(where("CallDurationInSeconds <= 20")).containsExactly("alpha", "Beta");
        assertThat(where("CallDurationInSeconds > 20")).containsExactly("gamma");
        assertThat(where("CallDurationInSeconds >= 20")).containsExactly("Beta", "gamma");
        assertThat(where("Score__c >= 2.5")).containsExactly("Beta");
        assertThat(where("Amount__c = 100")).containsExactly("alpha");
        assertThat(where("CallDurationInSeconds > -5")).containsExactly("alpha", "Beta", "gamma");
    }

    @Test
    void comparesEveryTextualTypeWithoutRegardToCase() {
        for (String field : List.of("Description", "Status", "Kind__c", "Email__c", "Phone__c", "Link__c")) {
            Map<String, Object> record = task("t").with(field, "Mixed@Case.example").build();
            List<Map<String, Object>> records = List.of(record);

            assertThat(TaskFixture.subjects("SELECT Id FROM Task WHERE " + field + " = 'mixed@case.EXAMPLE'", NOW, records)).containsExactly("t");
            assertThat(TaskFixture.subjects("SELECT Id FROM Task WHERE " + field + " LIKE 'MIXED%'", NOW, records)).containsExactly("t");
        }
    }

    @Test
    void matchesLongInListsLikeShortOnes() {
        String many = "'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9', ";

        assertThat(where("Subject IN (" + many + "'ALPHA', 'beta')")).containsExactly("alpha", "Beta");
        assertThat(where("Subject NOT IN (" + many + "'ALPHA')")).containsExactly("Beta", "gamma", null);
        assertThat(where("Subject IN (" + many + "'ALPHA', '')")).containsExactly("alpha", null);
        assertThat(where("Subject IN (" + many + "'null')")).isEmpty();
    }

    @Test
    void comparesBooleansInAnyCase() {
        assertThat(where("IsClosed = TRUE")).containsExactly("Beta");
        assertThat(where("IsClosed = false")).containsExactly("alpha", "gamma");
        assertThat(where("IsClosed != False")).containsExactly("Beta", null);
    }

    @Test
    void appliesAndBeforeOrOnlyWithParentheses() {
        assertThat(where("Status = 'Open' AND (CallDurationInSeconds = 10 OR CallDurationInSeconds = 30)")).containsExactly("alpha", "gamma");
        assertThat(where("(Status = 'Open' AND CallDurationInSeconds = 10) OR Subject = 'Beta'")).containsExactly("alpha", "Beta");
        assertThat(where("Subject = 'alpha' OR Subject = 'Beta' OR Subject = 'gamma'")).containsExactly("alpha", "Beta", "gamma");
        assertThat(where("((Subject = 'alpha'))")).containsExactly("alpha");
    }

    @Test
    void refusesAndMixedWithOrWithoutParentheses() {
        assertError("SELECT Id FROM Task WHERE Status = 'Open' AND IsClosed = false OR Subject = 'x'", "MALFORMED_QUERY",
                "\nSELECT Id FROM Task WHERE Status = 'Open' AND IsClosed = false OR Subject = 'x'\n"
                        + " ".repeat(63) + "^\nERROR at Row:1:Column:64\nunexpected token: 'OR'");
        assertErrorCode("SELECT Id FROM Task WHERE Subject = 'a' OR Subject = 'b' AND IsClosed = true", "MALFORMED_QUERY");
    }

    @Test
    void negatesTheFollowingCondition() {
        assertThat(where("NOT Subject = 'alpha'")).containsExactly("Beta", "gamma", null);
        assertThat(where("NOT (Subject = 'alpha' OR Subject = 'Beta')")).containsExactly("gamma", null);
        assertThat(where("NOT Subject = 'alpha' AND IsClosed = false")).containsExactly("gamma");
        assertThat(where("NOT NOT Subject = 'alpha'")).containsExactly("alpha");
    }

    @Test
    void matchesLikePatternsIgnoringCase() {
        assertThat(where("Subject LIKE 'AL%'")).containsExactly("alpha");
        assertThat(where("Subject LIKE '%A'")).containsExactly("alpha", "Beta", "gamma");
        assertThat(where("Subject LIKE '_eta'")).containsExactly("Beta");
        assertThat(where("Subject LIKE '%mm%'")).containsExactly("gamma");
        assertThat(where("Subject LIKE 'g%m%a'")).containsExactly("gamma");
        assertThat(where("Subject LIKE 'alph'")).isEmpty();
        assertThat(where("NOT Subject LIKE 'a%'")).containsExactly("Beta", "gamma", null);
    }

    @Test
    void matchesMultiSelectPicklists() {
        assertThat(where("Tags__c INCLUDES ('red')")).containsExactly("alpha", "gamma");
        assertThat(where("Tags__c INCLUDES ('Red;Green')")).containsExactly("gamma");
        assertThat(where("Tags__c INCLUDES ('Red;Green', 'green')")).containsExactly("Beta", "gamma");
        assertThat(where("Tags__c EXCLUDES ('Red')")).containsExactly("Beta", null);
        assertThat(where("Tags__c = 'blue;red'")).containsExactly("alpha");
    }

    @Test
    void acceptsFifteenAndEighteenCharacterIds() {
        assertThat(where("OwnerId = '005000000000001'")).containsExactly("alpha");
        assertThat(where("OwnerId = '005000000000001AAA'")).containsExactly("alpha");
        assertThat(where("OwnerId = '005000000000001ZZZ'")).containsExactly("alpha");
        assertThat(where("OwnerId IN ('005000000000002', '005000000000009AAA')")).containsExactly("Beta");
        assertThat(where("OwnerId NOT IN ('005000000000002')")).containsExactly("alpha", "gamma", null);
        assertThat(where("OwnerId = null")).containsExactly("gamma", null);
    }

    @Test
    void comparesIdsCaseSensitively() {
        assertThat(TaskFixture.subjects("SELECT Id FROM Task WHERE OwnerId = '005OOOOOOOOOOOa'", NOW,
                List.of(task("lower").with("OwnerId", "005OOOOOOOOOOOaAAA").build(), task("upper").with("OwnerId", "005OOOOOOOOOOOAAAA").build())))
                .containsExactly("lower");
    }

    @Test
    void refusesMalformedIds() {
        assertError("SELECT Id FROM Task WHERE Id = 'abc'", "INVALID_QUERY_FILTER_OPERATOR",
                "\nSELECT Id FROM Task WHERE Id = 'abc'\n                               ^\nERROR at Row:1:Column:32\ninvalid ID field: abc");
        assertErrorCode("SELECT Id FROM Task WHERE OwnerId IN ('005000000000001', '0050000000000')", "INVALID_QUERY_FILTER_OPERATOR");
    }

    @Test
    void refusesLiteralsOfTheWrongType() {
        assertError("SELECT Id FROM Task WHERE ActivityDate = '2026-11-20'", "INVALID_FIELD",
                "\nSELECT Id FROM Task WHERE ActivityDate = '2026-11-20'\n" + " ".repeat(41) + "^\nERROR at Row:1:Column:42\n"
                        + "value of filter criterion for field 'ActivityDate' must be of type date and should not be enclosed in quotes");
        assertFilterMessage("CreatedDate > '2026-11-20T00:00:00Z'", "field 'CreatedDate' must be of type dateTime and should not be enclosed in quotes");
        assertFilterMessage("IsClosed = 'true'", "field 'IsClosed' must be of type boolean and should not be enclosed in quotes");
        assertFilterMessage("Score__c = '1'", "field 'Score__c' must be of type double and should not be enclosed in quotes");
        assertFilterMessage("Subject = 5", "field 'Subject' must be of type string and should be enclosed in quotes");
        assertFilterMessage("Subject = TODAY", "field 'Subject' must be of type string and should be enclosed in quotes");
        assertFilterMessage("CallDurationInSeconds = true", "field 'CallDurationInSeconds' must be of type double and should not be enclosed in quotes");
    }

    @Test
    void refusesOperatorsThatDoNotSuitTheField() {
        assertErrorCode("SELECT Id FROM Task WHERE IsClosed < true", "INVALID_QUERY_FILTER_OPERATOR");
        assertErrorCode("SELECT Id FROM Task WHERE Score__c LIKE '1%'", "INVALID_QUERY_FILTER_OPERATOR");
        assertErrorCode("SELECT Id FROM Task WHERE Subject INCLUDES ('a')", "INVALID_QUERY_FILTER_OPERATOR");
        assertErrorCode("SELECT Id FROM Task WHERE Tags__c > 'a'", "INVALID_QUERY_FILTER_OPERATOR");
    }

    @Test
    void refusesMalformedConditions() {
        assertErrorCode("SELECT Id FROM Task WHERE Subject == 'a'", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE Subject = \"a\"", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE (Subject = 'a'", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE Subject = 'a')", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE Subject IN ()", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE Subject = bogus", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE Id IN (SELECT WhoId FROM Task)", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE CALENDAR_YEAR(CreatedDate) = 2026", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE Nope = 1", "INVALID_FIELD");
    }

    @Test
    void treatsIsDeletedLikeAnyOtherField() {
        Schema schema = TaskFixture.schema();
        schema.type("Task").addField(TaskFixture.field("IsDeleted", FieldType.BOOLEAN));
        SoqlQuery query = SoqlEngine.compile("SELECT Id FROM Task WHERE IsDeleted = true", schema);

        assertThat(query.matches(task("gone").with("IsDeleted", true).build(), NOW)).isTrue();
        assertThat(query.matches(task("here").with("IsDeleted", false).build(), NOW)).isFalse();
    }

    private static void assertFilterMessage(String condition, String expected) {
        assertThatThrownBy(() -> SoqlEngine.compile("SELECT Id FROM Task WHERE " + condition, TaskFixture.schema()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("INVALID_FIELD");
                    assertThat(e.getMessage()).endsWith("\nvalue of filter criterion for " + expected);
                });
    }
}
