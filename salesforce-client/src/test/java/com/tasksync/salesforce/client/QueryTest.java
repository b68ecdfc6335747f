package com.tasksync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tasksync.salesforce.client.error.SalesforceApiException;
import com.tasksync.salesforce.client.record.SObject;
import com.tasksync.salesforce.client.record.SaveResult;
import com.tasksync.salesforce.client.soql.Soql;
import com.tasksync.salesforce.client.support.EmulatorOrg;
import com.tasksync.salesforce.client.support.Tasks;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryTest {

    private static final String FIRST_PAGE_ROUTE = "GET /services/data/{version}/query";
    private static final String PAGE_ROUTE = "GET /services/data/{version}/query/{locator}";

    private final EmulatorOrg org = EmulatorOrg.start();
    private final SalesforceClient client = org.client();

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void readsEveryRecordAcrossPagesOfTheAskedBatchSize() {
        seed("page", 450);
        long pagesBefore = org.calls().of(PAGE_ROUTE);

        List<String> subjects = client.query("SELECT Id, Subject FROM Task ORDER BY Subject", 200)
                .map(task -> task.string("Subject")).toList();

        assertThat(subjects).hasSize(450).startsWith("page-0000").endsWith("page-0449").doesNotHaveDuplicates();
        assertThat(org.calls().of(PAGE_ROUTE) - pagesBefore).isEqualTo(2);
    }

    @Test
    void fetchesTheNextPageOnlyWhenTheStreamReachesIt() {
        seed("lazy", 450);
        long usedBefore = client.apiUsage().orElseThrow().used();

        try (Stream<SObject> tasks = client.query("SELECT Id FROM Task", 200)) {
            Iterator<SObject> iterator = tasks.iterator();
            for (int i = 0; i < 200; i++) {
                iterator.next();
            }
            assertThat(client.apiUsage().orElseThrow().used() - usedBefore).isEqualTo(1);
            iterator.next();
            assertThat(client.apiUsage().orElseThrow().used() - usedBefore).isEqualTo(2);
        }
    }

    @Test
    void makesNoCallForAStreamNobodyReads() {
        seed("unread", 3);
        long callsBefore = org.calls().of(FIRST_PAGE_ROUTE);

        Stream<SObject> unread = client.query("SELECT Id FROM Task");

        assertThat(unread).isNotNull();
        assertThat(org.calls().of(FIRST_PAGE_ROUTE)).isEqualTo(callsBefore);
    }

    @Test
    void countsWithTotalSize() {
        seed("count", 230);

        assertThat(client.count("SELECT COUNT() FROM Task")).isEqualTo(230);
        assertThat(client.count(Soql.of("SELECT COUNT() FROM Task WHERE Subject = :s").bind("s", "count-0007")))
                .isEqualTo(1);
    }

    @Test
    void queryAllAlsoReturnsDeletedRowsWhileQueryDoesNot() {
        List<String> ids = seed("bin", 3);
        client.delete("Task", ids.get(1));

        List<SObject> all = client.queryAll("SELECT Id, IsDeleted FROM Task ORDER BY Subject").toList();
        List<SObject> live = client.query("SELECT Id FROM Task").toList();

        assertThat(all).extracting(SObject::id).containsExactlyElementsOf(ids);
        assertThat(all).extracting(task -> task.bool("IsDeleted")).containsExactly(false, true, false);
        assertThat(live).extracting(SObject::id).containsExactlyInAnyOrder(ids.get(0), ids.get(2));
    }

    @Test
    void pagesOfQueryAllKeepTheDeletedRows() {
        List<String> ids = seed("allpages", 250);
        client.deleteAll(ids.subList(0, 210), true);

        assertThat(client.queryAll("SELECT Id FROM Task WHERE IsDeleted = true", 200).count()).isEqualTo(210);
    }

    @Test
    void bindsHostileValuesWithoutChangingTheQuery() {
        seed("safe", 3);
        String hostile = "x' OR Subject != '";

        assertThat(client.query(Soql.of("SELECT Id FROM Task WHERE Subject = :s").bind("s", hostile)).count())
                .isZero();
        SObject quoted = Tasks.task("Bob's \"BBQ\" \\ 50%");
        client.create(quoted);
        assertThat(client.query(Soql.of("SELECT Subject FROM Task WHERE Subject = :s")
                .bind("s", "Bob's \"BBQ\" \\ 50%")).toList())
                .extracting(task -> task.string("Subject")).containsExactly("Bob's \"BBQ\" \\ 50%");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "' OR Subject != '",
        "\\' OR Id != null OR Subject = '",
        "it's \"quoted\"\nand\ttabbed\\",
        "%_ LIKE '%",
        ") OR (Subject != null",
        ":s"
    })
    void findsExactlyTheRecordWhoseSubjectIsTheBoundValue(String subject) {
        seed("other", 2);
        String id = client.create(Tasks.task(subject)).id();

        List<SObject> found = client.query(Soql.of("SELECT Id, Subject FROM Task WHERE Subject = :s")
                .bind("s", subject)).toList();

        assertThat(found).extracting(SObject::id).containsExactly(id);
        assertThat(found.get(0).string("Subject")).isEqualTo(subject);
    }

    @Test
    void filtersOnDatesAndListsBoundAsLiterals() {
        List<String> ids = seed("dates", 3);

        List<SObject> found = client.query(Soql.of("SELECT Id FROM Task WHERE ActivityDate = :d AND Id IN :ids")
                .bind("d", LocalDate.of(2026, 11, 23)).bind("ids", ids.subList(0, 2))).toList();

        assertThat(found).extracting(SObject::id).containsExactlyInAnyOrderElementsOf(ids.subList(0, 2));
    }

    @Test
    void reportsAMalformedQueryAsAPermanentError() {
        assertThatThrownBy(() -> client.query("SELECT Id FRM Task").toList())
                .isInstanceOfSatisfying(SalesforceApiException.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(400);
                    assertThat(failure.errorCode()).isEqualTo("MALFORMED_QUERY");
                    assertThat(failure.retryable()).isFalse();
                });
        assertThatThrownBy(() -> client.query("SELECT NoSuchField__c FROM Task").toList())
                .isInstanceOfSatisfying(SalesforceApiException.class,
                        failure -> assertThat(failure.errorCode()).isEqualTo("INVALID_FIELD"));
    }

    private List<String> seed(String prefix, int count) {
        List<SaveResult> results = client.createAll(Tasks.tasks(prefix, count), true);
        assertThat(results).allMatch(SaveResult::success);
        return results.stream().map(SaveResult::id).toList();
    }
}
