package com.tasksync.salesforce.client.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoqlLiteralsTest {

    @Test
    void escapesEveryReservedCharacterOfAQuotedString() {
        assertThat(SoqlLiterals.quote("Bob's BBQ")).isEqualTo("'Bob\\'s BBQ'");
        assertThat(SoqlLiterals.quote("a\\b")).isEqualTo("'a\\\\b'");
        assertThat(SoqlLiterals.quote("say \"hi\"")).isEqualTo("'say \\\"hi\\\"'");
        assertThat(SoqlLiterals.quote("1\n2\r3\t4\b5\f6")).isEqualTo("'1\\n2\\r3\\t4\\b5\\f6'");
    }

    @Test
    void leavesLikeWildcardsAndUnicodeAsTheyAre() {
        assertThat(SoqlLiterals.quote("50% off_now")).isEqualTo("'50% off_now'");
        assertThat(SoqlLiterals.quote("Grüße 東京")).isEqualTo("'Grüße 東京'");
    }

    @Test
    void writesDatesAndDatetimesUnquoted() {
        assertThat(SoqlLiterals.literal(LocalDate.of(2026, 11, 20))).isEqualTo("2026-11-20");
        assertThat(SoqlLiterals.literal(Instant.parse("2026-11-20T10:00:00.750Z"))).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(SoqlLiterals.literal(OffsetDateTime.parse("2026-11-20T12:00:00+02:00")))
                .isEqualTo("2026-11-20T10:00:00Z");
    }

    @Test
    void writesBooleansNumbersAndNull() {
        assertThat(SoqlLiterals.literal(true)).isEqualTo("true");
        assertThat(SoqlLiterals.literal(42)).isEqualTo("42");
        assertThat(SoqlLiterals.literal(-7L)).isEqualTo("-7");
        assertThat(SoqlLiterals.literal(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(SoqlLiterals.literal(0.5d)).isEqualTo("0.5");
        assertThat(SoqlLiterals.literal(null)).isEqualTo("null");
    }

    @Test
    void writesAListForIn() {
        assertThat(SoqlLiterals.literal(List.of("a'", "b"))).isEqualTo("('a\\'', 'b')");
        assertThat(SoqlLiterals.literal(List.of(1, 2))).isEqualTo("(1, 2)");
    }

    @Test
    void refusesValuesWithoutASafeLiteral() {
        assertThatThrownBy(() -> SoqlLiterals.literal(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SoqlLiterals.literal(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SoqlLiterals.literal(new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SoqlLiterals.literal(List.of(List.of("x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void escapesWildcardsInsideALikePatternButNotItsOwn() {
        assertThat(SoqlLiterals.literal(LikePattern.containing("50%_off's"))).isEqualTo("'%50\\%\\_off\\'s%'");
        assertThat(SoqlLiterals.literal(LikePattern.startingWith("Call"))).isEqualTo("'Call%'");
    }
}
