package com.tasksync.emulator.soql;

import static com.tasksync.emulator.soql.SoqlSelectTest.assertErrorCode;
import static com.tasksync.emulator.soql.TaskRecord.task;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoqlStringLiteralTest {

    private static final SoqlContext NOW = new SoqlContext(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

    private final List<Map<String, Object>> tasks = List.of(
            task("Bob's BBQ").build(),
            task("say \"hi\"").build(),
            task("back\\slash").build(),
            task("line\nbreak\ttab\rreturn\bbell\fform").build(),
            task("caf\u00e9").build(),
            task("100% sure").build(),
            task("100 percent sure").build(),
            task("snake_case").build(),
            task("snakeXcase").build(),
            task("' OR Subject != '").build());

    private List<String> where(String condition) {
        return TaskFixture.subjects("SELECT Id FROM Task WHERE " + condition, NOW, tasks);
    }

    @Test
    void decodesEveryEscapeSequence() {
        assertThat(where("Subject = 'Bob\\'s BBQ'")).containsExactly("Bob's BBQ");
        assertThat(where("Subject = 'say \\\"hi\\\"'")).containsExactly("say \"hi\"");
        assertThat(where("Subject = 'back\\\\slash'")).containsExactly("back\\slash");
        assertThat(where("Subject = 'line\\nbreak\\ttab\\rreturn\\bbell\\fform'")).containsExactly("line\nbreak\ttab\rreturn\bbell\fform");
        assertThat(where("Subject = 'caf\\u00e9'")).containsExactly("caf\u00e9");
        assertThat(where("Subject = 'CAF\\u00C9'")).containsExactly("caf\u00e9");
    }

    @Test
    void keepsAnEscapedQuoteInsideTheLiteral() {
        assertThat(where("Subject = '\\' OR Subject != \\''")).containsExactly("' OR Subject != '");
        assertThat(where("Subject = 'x\\' OR Subject != \\'x'")).isEmpty();
        assertThat(where("Subject LIKE '%\\' OR Subject != \\'%'")).containsExactly("' OR Subject != '");
    }

    @Test
    void refusesAnUnterminatedOrBrokenLiteral() {
        assertErrorCode("SELECT Id FROM Task WHERE Subject = 'Bob's BBQ'", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE Subject = 'open", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE Subject = 'ends with backslash\\'", "MALFORMED_QUERY");
    }

    @Test
    void refusesUnknownEscapes() {
        assertErrorCode("SELECT Id FROM Task WHERE Subject = 'a\\qb'", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE Subject = 'a\\u00zz'", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE Subject = 'a\\u00'", "MALFORMED_QUERY");
    }

    @Test
    void acceptsWildcardEscapesOnlyInLike() {
        assertThat(where("Subject LIKE '100\\%%'")).containsExactly("100% sure");
        assertThat(where("Subject LIKE '100%'")).containsExactly("100% sure", "100 percent sure");
        assertThat(where("Subject LIKE 'snake\\_case'")).containsExactly("snake_case");
        assertThat(where("Subject LIKE 'snake_case'")).containsExactly("snake_case", "snakeXcase");
        assertThat(where("Subject LIKE 'back\\\\%'")).containsExactly("back\\slash");
        assertErrorCode("SELECT Id FROM Task WHERE Subject = '100\\%'", "MALFORMED_QUERY");
        assertErrorCode("SELECT Id FROM Task WHERE Subject = 'snake\\_case'", "MALFORMED_QUERY");
    }

    @Test
    void treatsRegexCharactersInLikeAsPlainText() {
        List<Map<String, Object>> records = List.of(task("a.c").build(), task("abc").build(), task("(x)*[y]+$").build());

        assertThat(TaskFixture.subjects("SELECT Id FROM Task WHERE Subject LIKE 'a.c'", NOW, records)).containsExactly("a.c");
        assertThat(TaskFixture.subjects("SELECT Id FROM Task WHERE Subject LIKE '(x)*[y]+$'", NOW, records)).containsExactly("(x)*[y]+$");
    }

    @Test
    void readsKeywordsInAnyLetterCase() {
        assertThat(TaskFixture.subjects("sElEcT iD fRoM tAsK wHeRe SUBJECT like 'bob%' AnD nOt subject In ('x') oRdEr By subject DeSc NuLlS lAsT "
                + "LiMiT 5 oFfSeT 0", NOW, tasks)).containsExactly("Bob's BBQ");
    }
}
