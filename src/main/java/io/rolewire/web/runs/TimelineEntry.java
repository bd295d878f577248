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
 * checks with their evidence. The raw detail stays available beside it.
 *
 * @param summary one line in words; empty when the detail says nothing more than the type
 * @param requestId the AWS request id of a step, null for other events
 * @param evidence for a verification, one line per check
 */
record TimelineEntry(RunEvent event, String summary, String requestId, String outcome, List<String> evidence) {

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
            return new TimelineEntry(stored, unrecognized.problem(), null, null, List.of());
        }
        return new TimelineEntry(stored, plain(stored.detail()), null, null, List.of());
    }

    private static TimelineEntry step(RunEvent stored, StepFinished d) {
        StringBuilder summary = new StringBuilder()
                .append(d.step())
                .append(": ")
                .append(d.service())
                .append(':')
                .append(d.action())
                .append(" on ")
                .append(d.target())
                .append(" in ")
                .append(d.account())
                .append(" (attempt ")
                .append(d.attempt())
                .append(", ")
                .append(d.calls())
                .append(" calls, ")
                .append(d.durationMs())
                .append(" ms)");
        if (d.message() != null && !d.message().isEmpty()) {
            summary.append(" — ");
            String code = d.errorCode() == null ? "" : d.errorCode();
            summary.append(code.isEmpty() ? "" : code + ": ").append(d.message());
        }
        return new TimelineEntry(stored, summary.toString(), nullIfEmpty(d.requestId()), d.outcome(), List.of());
    }

    private static TimelineEntry retry(RunEvent stored, StepRetried d) {
        String summary = d.step() + ": " + d.service() + ":" + d.action() + " answered " + d.errorCode() + " on call "
                + d.failedCall() + "; retried with backoff";
        return new TimelineEntry(stored, summary, nullIfEmpty(d.requestId()), "RETRIED", List.of());
    }

    private static TimelineEntry verification(RunEvent stored, VerificationChecked d) {
        List<String> evidence = new ArrayList<>();
        for (VerificationChecked.Check check : d.checks()) {
            evidence.add(check.name() + ": " + (check.passed() ? "passed" : "FAILED") + " — " + check.evidence()
                    + (nullIfEmpty(check.requestId()) == null ? "" : " (request id " + check.requestId() + ")"));
        }
        boolean verified = d.verified();
        return new TimelineEntry(
                stored,
                verified ? "every check passed" : "a check failed",
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
