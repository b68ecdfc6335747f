package com.tasksync.emulator.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SalesforceIdsTest {

    @Test
    void appendsTheCaseSafeSuffixOfDocumentedExamples() {
        assertThat(SalesforceIds.to18("001D000000IqhSL")).isEqualTo("001D000000IqhSLIAZ");
        assertThat(SalesforceIds.to18("a00D0000008pQRA")).isEqualTo("a00D0000008pQRAIA2");
        assertThat(SalesforceIds.to18("00190000001pPvH")).isEqualTo("00190000001pPvHAAU");
    }

    @Test
    void acceptsFifteenAndEighteenCharacterFormsAndRejectsBadOnes() {
        assertThat(SalesforceIds.canonical("001D000000IqhSL")).isEqualTo("001D000000IqhSLIAZ");
        assertThat(SalesforceIds.canonical("001D000000IqhSLIAZ")).isEqualTo("001D000000IqhSLIAZ");
        assertThat(SalesforceIds.canonical("001D000000IqhSLAAA")).isNull();
        assertThat(SalesforceIds.canonical("001D000000Iqh-L")).isNull();
        assertThat(SalesforceIds.canonical("001")).isNull();
    }

    @Test
    void generatesDistinctWellFormedIdsWithTheKeyPrefix() {
        SalesforceIds ids = new SalesforceIds(1_000_000_000L);
        String a = ids.next("00T");
        String b = ids.next("00T");
        assertThat(a).startsWith("00T").hasSize(18).isNotEqualTo(b);
        assertThat(SalesforceIds.canonical(a)).isEqualTo(a);
    }

    @Test
    void labelsVersionsWithTheirRelease() {
        assertThat(ApiVersions.label(31)).isEqualTo("Summer '14");
        assertThat(ApiVersions.label(64)).isEqualTo("Summer '25");
        assertThat(ApiVersions.label(65)).isEqualTo("Winter '26");
        assertThat(ApiVersions.label(66)).isEqualTo("Spring '26");
    }

    @Test
    void aRestartedEmulatorNeverReissuesTheIdsOfAnEarlierRun() {
        java.util.Set<String> firstRun = new java.util.HashSet<>();
        try (var emulator = com.tasksync.emulator.Emulator.builder().start()) {
            for (int i = 0; i < 1000; i++) {
                firstRun.add(emulator.directory().ids().next("00T"));
            }
        }
        try (var emulator = com.tasksync.emulator.Emulator.builder().start()) {
            for (int i = 0; i < 1000; i++) {
                assertThat(firstRun).doesNotContain(emulator.directory().ids().next("00T"));
            }
        }
    }
}
