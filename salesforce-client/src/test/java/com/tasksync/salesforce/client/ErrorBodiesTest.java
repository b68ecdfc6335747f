package com.tasksync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.salesforce.client.error.SalesforceError;
import com.tasksync.salesforce.client.support.Fixtures;
import org.junit.jupiter.api.Test;

class ErrorBodiesTest {

    @Test
    void readsCodeMessageAndFieldsOfAnErrorArray() {
        SalesforceError error = parse(400, "error-malformed-id.json");

        assertThat(error.errorCode()).isEqualTo("MALFORMED_ID");
        assertThat(error.message()).isEqualTo("Task ID: id value of incorrect type: 00T900K0001pPuOAAU");
        assertThat(error.fields()).containsExactly("Id");
        assertThat(error.httpStatus()).isEqualTo(400);
    }

    @Test
    void readsAnErrorWithoutFields() {
        SalesforceError error = parse(401, "error-invalid-session.json");

        assertThat(error.errorCode()).isEqualTo("INVALID_SESSION_ID");
        assertThat(error.fields()).isEmpty();
    }

    @Test
    void keepsTheFirstCodeAndEveryMessageAndFieldOfSeveralErrors() {
        SalesforceError error = parse(400, "error-two-validation-errors.json");

        assertThat(error.errorCode()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(error.message()).contains("[Status]").contains("max length=255");
        assertThat(error.fields()).containsExactly("Status", "Subject");
    }

    @Test
    void readsTheListOfMatchesOfAnAmbiguousUpsert() {
        SalesforceError error = parse(300, "upsert-multiple-choices.json");

        assertThat(error.errorCode()).isEqualTo("MULTIPLE_CHOICES");
        assertThat(error.message()).contains("/sobjects/Task/00T5g00000AbCdEEAV", "/sobjects/Task/00T5g00000AbCdFEAV");
    }

    @Test
    void readsAnOAuthStyleError() {
        SalesforceError error = parse(400, "oauth-invalid-grant.json");

        assertThat(error.errorCode()).isEqualTo("invalid_grant");
        assertThat(error.message()).isEqualTo("expired access/refresh token");
    }

    @Test
    void keepsTheStatusOfABodyThatIsNotJson() {
        SalesforceError error = ErrorBodies.parse(502, "<html>Bad gateway</html>", Fixtures.JSON);

        assertThat(error.errorCode()).isEqualTo("HTTP_502");
        assertThat(error.message()).isEqualTo("<html>Bad gateway</html>");
        assertThat(ErrorBodies.parse(503, "", Fixtures.JSON).errorCode()).isEqualTo("HTTP_503");
    }

    private static SalesforceError parse(int status, String fixture) {
        return ErrorBodies.parse(status, Fixtures.text(fixture), Fixtures.JSON);
    }
}
