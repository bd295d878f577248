package io.rolewire.web.runs;

import io.rolewire.audit.RunEvent;
import io.rolewire.runs.events.RecordedEvent;
import io.rolewire.runs.events.StepFinished;
import io.rolewire.runs.events.StepRetried;
import io.rolewire.runs.events.Unrecognized;
import io.rolewire.runs.events.VerificationChecked;
import io.rolewire.wiring.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One event of the run page's timeline, with what a reviewer looks for spelled out: the plan hash
 * an approval or apply was given for, each AWS step's call, outcome and request id, the verification's
 * checks with their evidence. The raw detail stays available beside it. The words are message keys
 * with their arguments ({@link Text}), resolved by the page in its locale; AWS's own codes and messages
 * are arguments, never translated.
 *
 * @param summary one line in words; {@link Text#NONE} when the detail says nothing more than the type
 * @param requestId the AWS request id of a step, null for other events
 * @param evidence for a verification, one line per check
 */
record TimelineEntry(RunEvent event, Text summary, String requestId, String outcome, List<Text> evidence) {

    /** A message key of messages.properties and its arguments, already as text (no number formatting). */
    record Text(String key, Object... args) {

        static final Text NONE = new Text("runs.timeline.plain", "");

        static Text plain(String text) {
            return new Text("runs.timeline.plain", text);
        }
    }

    static List<TimelineEntry> of(List<RunEvent> events) {
        return events.stream().map(TimelineEntry::of).toList();
    }

    static TimelineEntry of(RunEvent stored) {
        RecordedEvent event = stored.event();
        if (event instanceof StepFinished step) {
            return step(stored, step);
        } else if (event instanceof StepRetried retry) {
            return retry(stored, retry);
        } else if (event instanceof VerificationChecked verification) {
            return verification(stored, verification);
        } else if (event instanceof Unrecognized unrecognized) {
            return new TimelineEntry(stored, Text.plain(unrecognized.problem()), null, null, List.of());
        }
        return new TimelineEntry(stored, Text.plain(plain(stored.detail())), null, null, List.of());
    }

    private static TimelineEntry step(RunEvent stored, StepFinished d) {
        List<Object> args = new ArrayList<>(List.of(
                d.step(),
                d.service() + ":" + d.action(),
                d.target(),
                d.account(),
                String.valueOf(d.attempt()),
                String.valueOf(d.calls()),
                String.valueOf(d.durationMs())));
        String key = "runs.timeline.step";
        if (d.message() != null && !d.message().isEmpty()) {
            String code = d.errorCode() == null ? "" : d.errorCode();
            args.add(code.isEmpty() ? d.message() : code + ": " + d.message());
            key = "runs.timeline.step.problem";
        }
        return new TimelineEntry(
                stored, new Text(key, args.toArray()), nullIfEmpty(d.requestId()), d.outcome(), List.of());
    }

    private static TimelineEntry retry(RunEvent stored, StepRetried d) {
        Text summary = new Text(
                "runs.timeline.retried",
                d.step(),
                d.service() + ":" + d.action(),
                d.errorCode(),
                String.valueOf(d.failedCall()));
        return new TimelineEntry(stored, summary, nullIfEmpty(d.requestId()), "RETRIED", List.of());
    }

    private static TimelineEntry verification(RunEvent stored, VerificationChecked d) {
        List<Text> evidence = new ArrayList<>();
        for (VerificationChecked.Check check : d.checks()) {
            String requestId = nullIfEmpty(check.requestId());
            String outcome = check.passed() ? "runs.timeline.check.passed" : "runs.timeline.check.failed";
            evidence.add(
                    requestId == null
                            ? new Text(outcome, check.name(), check.evidence())
                            : new Text(outcome + ".requestId", check.name(), check.evidence(), requestId));
        }
        boolean verified = d.verified();
        return new TimelineEntry(
                stored,
                new Text(verified ? "runs.timeline.verified" : "runs.timeline.verificationFailed"),
                null,
                verified ? "VERIFIED" : "VERIFICATION_FAILED",
                evidence);
    }

    /** planHash, reason, failure... as "key: value" pairs of the stored detail; nested values as JSON. */
    private static String plain(String detail) {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(detail);
        } catch (JacksonException e) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        tree.properties()
                .forEach(field -> parts.add(field.getKey() + ": "
                        + (field.getValue().isValueNode()
                                ? field.getValue().asString()
                                : field.getValue().toString())));
        return String.join("; ", parts);
    }

    private static String nullIfEmpty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
