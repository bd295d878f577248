package io.rolewire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.events.Approved;
import io.rolewire.runs.events.Created;
import io.rolewire.runs.events.RecordedEvent;
import io.rolewire.runs.events.StepFinished;
import io.rolewire.runs.events.Unrecognized;
import io.rolewire.runs.events.VerificationChecked;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    static final StepFinished STEP = new StepFinished(
            "DONE",
            1,
            2,
            "sourceRole",
            "111122223333",
            "iam",
            "CreateRole",
            "arn:aws:iam::111122223333:role/app",
            "req-1",
            1,
            42,
            null,
            null,
            "{\"Version\":\"2012-10-17\"}");

    @Test
    void everyEventRoundTripsThroughItsStoredText() {
        List<RecordedEvent> events = List.of(
                STEP,
                new Approved("ab".repeat(32)),
                new VerificationChecked(true, List.of(new VerificationChecked.Check("trust", true, "ok", "r2"))));

        for (RecordedEvent event : events) {
            assertThat(EventCodec.decode(event.kind(), EventCodec.encode(event)))
                    .isEqualTo(event);
        }
    }

    @Test
    void theStoredTextIsCanonicalSortedAndCompact() {
        assertThat(EventCodec.encode(new VerificationChecked(
                        false, List.of(new VerificationChecked.Check("trust", false, "AROA1", null)))))
                .isEqualTo("{\"checks\":[{\"evidence\":\"AROA1\",\"name\":\"trust\",\"passed\":false,"
                        + "\"requestId\":null}],\"verified\":false}");
        assertThat(STEP.kind()).isEqualTo(StepFinished.DONE);
    }

    @Test
    void anEventStoredBeforeAFieldWasAddedStillReadsWithTheFieldEmpty() {
        // what today's code wrote for a CREATED event before runs carried their record digest
        RecordedEvent created = EventCodec.decode("CREATED", "{\"planHash\":\"abc\"}");

        assertThat(created).isEqualTo(new Created("abc", null));
    }

    @Test
    void anEventWithAFieldThisVersionDoesNotKnowStillReads() {
        String fromANewerVersion =
                EventCodec.encode(STEP).replace("{\"account\"", "{\"accountAlias\":\"prod\",\"account\"");

        assertThat(EventCodec.decode(STEP.kind(), fromANewerVersion)).isEqualTo(STEP);
    }

    @Test
    void anUnknownKindOrAnUnreadableDetailIsUnrecognizedNeverAnException() {
        assertThat(EventCodec.decode("TELEPORTED", "{}"))
                .isEqualTo(new Unrecognized("TELEPORTED", "unknown event kind TELEPORTED"));
        assertThat(EventCodec.decode("APPROVED", "{\"planHash\":\"a\",\"planHash\":\"b\"}"))
                .as("a duplicate key is ambiguous: refused, never read one way here and another elsewhere")
                .isInstanceOf(Unrecognized.class);
        assertThat(EventCodec.decode("APPROVED", "not json")).isInstanceOf(Unrecognized.class);
    }
}
