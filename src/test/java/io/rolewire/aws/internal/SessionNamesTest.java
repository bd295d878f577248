package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionNamesTest {

    @Test
    void namesTheRun() {
        assertThat(SessionNames.forRun("42")).isEqualTo("rolewire-run-42");
    }

    @Test
    void replacesWhatStsRefusesAndCutsAt64() {
        String name = SessionNames.forRun("a b/c:d" + "x".repeat(80));

        assertThat(name).matches("[\\w+=,.@-]{2,64}").hasSize(64).startsWith("rolewire-run-a-b-c-d");
    }

    @Test
    void outsideARunIsPlainRolewire() {
        assertThat(SessionNames.forRun(null)).isEqualTo("rolewire");
    }
}
