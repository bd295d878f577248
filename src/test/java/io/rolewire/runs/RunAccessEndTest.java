package io.rolewire.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.testsupport.Seed003;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a wiring's access has ended: from its "access until" on, never for an un-wire (ADR 019). */
class RunAccessEndTest {

    private static final Instant END = Instant.parse("2036-12-04T12:00:00Z");

    @Test
    void aWiringsAccessEndsAtItsAccessUntil() {
        Run run = run(Seed003.input("us-east-1", true).withAccessUntil(END), null);

        assertThat(run.accessEndedAt(END.minusSeconds(1))).isFalse();
        assertThat(run.accessEndedAt(END)).isTrue();
        assertThat(run.accessEndedAt(END.plusSeconds(3600))).isTrue();
    }

    @Test
    void withoutAnEndOrForAnUnwireItNeverEnds() {
        assertThat(run(Seed003.input("us-east-1", true), null).accessEndedAt(END.plusSeconds(3600)))
                .isFalse();
        // the un-wire of an ended wiring carries the same input: it must still be approved and applied
        assertThat(run(Seed003.input("us-east-1", true).withAccessUntil(END), 6L)
                        .accessEndedAt(END.plusSeconds(3600)))
                .isFalse();
    }

    private static Run run(WiringInput input, Long undoes) {
        Preview preview = new Wiring().preview(input);
        return new Run(
                7,
                RunStatus.SUBMITTED,
                input,
                preview.documents(),
                preview.findings(),
                preview.planHash(),
                "operator",
                END.minusSeconds(86_400),
                Lifecycle.NONE,
                0,
                undoes);
    }
}
