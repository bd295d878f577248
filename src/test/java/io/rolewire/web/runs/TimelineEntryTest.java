package io.rolewire.web.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.audit.RunEvent;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What the run page's timeline says of each kind of event, from the detail the apply records. */
class TimelineEntryTest {

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @Test
    void aStepNamesItsCallOutcomeAndRequestId() {
        TimelineEntry entry = TimelineEntry.of(event(
                "STEP_FAILED",
                "{\"attempt\":1,\"position\":2,\"step\":\"source.policy\",\"account\":\"111122223333\","
                        + "\"service\":\"iam\",\"action\":\"PutRolePolicy\",\"target\":\"arn:aws:iam::111122223333:role/r\","
                        + "\"outcome\":\"FAILED\",\"requestId\":\"req-9\",\"calls\":1,\"durationMs\":12,"
                        + "\"errorCode\":\"AccessDenied\",\"message\":\"refused\"}"));

        assertThat(words(entry.summary()))
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
        assertThat(entry.evidence().stream().map(TimelineEntryTest::words))
                .containsExactly("identity: passed — allowed (request id r1)", "trust: FAILED — AROA123");
        assertThat(words(entry.summary())).isEqualTo("a check failed");
    }

    @Test
    void anApprovalShowsThePlanHashItWasGivenFor() {
        assertThat(words(TimelineEntry.of(event("APPROVED", "{\"planHash\":\"abc\"}"))
                        .summary()))
                .isEqualTo("planHash: abc");
    }

    @Test
    void aDetailThatIsNotJsonSaysSoAndKeepsTheRawDetail() {
        TimelineEntry entry = TimelineEntry.of(event("CREATED", "not json"));

        assertThat(words(entry.summary())).startsWith("detail is not CREATED JSON");
        assertThat(entry.event().detail()).isEqualTo("not json");
    }

    @Test
    void aStepWithoutAProblemHasNoDash() {
        TimelineEntry entry = TimelineEntry.of(event(
                "STEP_DONE",
                "{\"attempt\":2,\"position\":1,\"step\":\"source.role\",\"account\":\"111122223333\","
                        + "\"service\":\"iam\",\"action\":\"CreateRole\",\"target\":\"arn:aws:iam::111122223333:role/r\","
                        + "\"outcome\":\"DONE\",\"requestId\":\"req-1\",\"calls\":1,\"durationMs\":1234}"));

        assertThat(words(entry.summary()))
                .isEqualTo("source.role: iam:CreateRole on arn:aws:iam::111122223333:role/r in 111122223333"
                        + " (attempt 2, 1 calls, 1234 ms)");
    }

    /** What the page shows: the entry's words in the English bundle. */
    static String words(TimelineEntry.Text text) {
        return MESSAGES.getMessage(text.key(), text.args(), Locale.ENGLISH);
    }

    private static RunEvent event(String type, String detail) {
        return new RunEvent(1, 7, type, "operator", Instant.parse("2026-11-22T12:00:00Z"), detail);
    }
}
