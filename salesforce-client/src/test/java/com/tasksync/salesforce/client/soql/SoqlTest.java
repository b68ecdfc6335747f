package com.tasksync.salesforce.client.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SoqlTest {

    @Test
    void bindsNamedValuesAsLiterals() {
        String soql = Soql.of("SELECT Id FROM Task WHERE Subject = :s AND OwnerId IN :ids AND SystemModstamp > :since")
                .bind("s", "Call")
                .bind("ids", List.of("0055g00000Qw3RtAAJ", "0055g00000Qw3RuAAJ"))
                .bind("since", Instant.parse("2026-11-20T10:00:00Z"))
                .text();

        assertThat(soql).isEqualTo("SELECT Id FROM Task WHERE Subject = 'Call' AND OwnerId IN "
                + "('0055g00000Qw3RtAAJ', '0055g00000Qw3RuAAJ') AND SystemModstamp > 2026-11-20T10:00:00Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "' OR Subject != '",
        "x' OR Id != null OR Subject = 'y",
        "\\' OR Id != null --",
        "\\\\' OR Id != null",
        "'; DELETE FROM Task",
        "\n' OR '1'='1",
        ":s",
        "' LIMIT 1 OFFSET :t"
    })
    void keepsAHostileValueInsideItsOwnStringLiteral(String hostile) {
        String soql = Soql.of("SELECT Id FROM Task WHERE Subject = :s AND IsClosed = false").bind("s", hostile).text();

        String literal = soql.substring("SELECT Id FROM Task WHERE Subject = ".length(),
                soql.length() - " AND IsClosed = false".length());
        assertThat(literal).startsWith("'").endsWith("'");
        assertThat(decode(literal)).isEqualTo(hostile);
    }

    @Test
    void replacesPlaceholdersOnlyOutsideQuotedStrings() {
        String soql = Soql.of("SELECT Id FROM Task WHERE Subject = 'at :s, it\\'s :s' AND Status = :s")
                .bind("s", "Open").text();

        assertThat(soql).isEqualTo("SELECT Id FROM Task WHERE Subject = 'at :s, it\\'s :s' AND Status = 'Open'");
    }

    @Test
    void leavesDateLiteralsWithNumbersAlone() {
        assertThat(Soql.of("SELECT Id FROM Task WHERE ActivityDate = LAST_N_DAYS:7").text())
                .isEqualTo("SELECT Id FROM Task WHERE ActivityDate = LAST_N_DAYS:7");
    }

    @Test
    void bindsNullAsTheNullLiteral() {
        assertThat(Soql.of("SELECT Id FROM Task WHERE WhoId = :who").bind("who", null).text())
                .isEqualTo("SELECT Id FROM Task WHERE WhoId = null");
    }

    @Test
    void failsNamingAPlaceholderLeftUnbound() {
        assertThatThrownBy(() -> Soql.of("SELECT Id FROM Task WHERE Subject = :subject").text())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(":subject");
    }

    @Test
    void leavesTheOriginalStatementUnchangedWhenBinding() {
        Soql template = Soql.of("SELECT Id FROM Task WHERE Subject = :s");
        template.bind("s", "x");

        assertThatThrownBy(template::text).isInstanceOf(IllegalStateException.class);
    }

    /** Reads a SOQL string literal back, failing on anything a quoted string may not contain. */
    private static String decode(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            assertThat(c).as("unescaped quote at %d in %s", i, literal).isNotEqualTo('\'');
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = literal.charAt(++i);
            out.append(switch (escaped) {
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case '\'', '"', '\\' -> escaped;
                default -> throw new AssertionError("unknown escape \\" + escaped + " in " + literal);
            });
        }
        return out.toString();
    }
}
