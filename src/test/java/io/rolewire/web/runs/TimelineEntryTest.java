package io.rolewire.web.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.audit.RunEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the run page's timeline says of each kind of event, from the detail the apply records. */
class TimelineEntryTest {

    @Test
    void aStepNamesItsCallOutcomeAndRequestId() {
        TimelineEntry entry = TimelineEntry.of(event(
                "STEP_FAILED",
                "{\"attempt\":1,\"position\":2,\"step\":\"source.policy\",\"account\":\"111122223333\","
                        + "\"service\":\"iam\",\"action\":\"PutRolePolicy\",\"target\":\"arn:aws:iam::111122223333:role/r\","
                        + "\"outcome\":\"FAILED\",\"requestId\":\"req-9\",\"calls\":1,\"durationMs\":12,"
                        + "\"errorCode\":\"AccessDenied\",\"message\":\"refused\"}"));

        assertThat(entry.summary())
                .contains(
                        "source.policy",
                        "iam:PutRolePolicy",
                        "arn:aws:iam::111122223333:role/r",
                        "AccessDenied: refused");
        assertThat(entry.requestId()).isEqualTo("req-9");
        assertThat(entry.outcome()).isEqualTo("FAILED");
    }

    @Test
    void aVerificationListsEachCheckWithItsEvidence() {
        TimelineEntry entry = TimelineEntry.of(event(
                "VERIFICATION_CHECKED",
                "{\"verified\":false,\"checks\":[{\"name\":\"identity\",\"passed\":true,\"evidence\":\"allowed\","
                        + "\"requestId\":\"r1\"},{\"name\":\"trust\",\"passed\":false,\"evidence\":\"AROA123\","
                        + "\"requestId\":null}]}"));

        assertThat(entry.outcome()).isEqualTo("VERIFICATION_FAILED");
        assertThat(entry.evidence())
                .containsExactly("identity: passed — allowed (request id r1)", "trust: FAILED — AROA123");
    }

    @Test
    void anApprovalShowsThePlanHashItWasGivenFor() {
        assertThat(TimelineEntry.of(event("APPROVED", "{\"planHash\":\"abc\"}")).summary())
                .isEqualTo("planHash: abc");
    }

    @Test
    void aDetailThatIsNotJsonSaysSoAndKeepsTheRawDetail() {
        TimelineEntry entry = TimelineEntry.of(event("CREATED", "not json"));

        assertThat(entry.summary()).startsWith("detail is not CREATED JSON");
        assertThat(entry.event().detail()).isEqualTo("not json");
    }

    private static RunEvent event(String type, String detail) {
        return new RunEvent(1, 7, type, "operator", Instant.parse("2026-11-22T12:00:00Z"), detail);
    }
}
