package io.rolewire.web.runs;

import io.rolewire.audit.RunEvent;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    private static final JsonMapper JSON = JsonMapper.shared();

    static List<TimelineEntry> of(List<RunEvent> events) {
        return events.stream().map(TimelineEntry::of).toList();
    }

    static TimelineEntry of(RunEvent event) {
        JsonNode detail;
        try {
            detail = JSON.readTree(event.detail());
        } catch (JacksonException e) {
            return new TimelineEntry(event, "", null, null, List.of());
        }
        return switch (event.type()) {
            case "STEP_DONE", "STEP_SKIPPED", "STEP_FAILED" -> step(event, detail);
            case "STEP_RETRIED" -> retry(event, detail);
            case "VERIFICATION_CHECKED" -> verification(event, detail);
            default -> new TimelineEntry(event, plain(detail), null, null, List.of());
        };
    }

    private static TimelineEntry step(RunEvent event, JsonNode d) {
        StringBuilder summary = new StringBuilder()
                .append(text(d, "step"))
                .append(": ")
                .append(text(d, "service"))
                .append(':')
                .append(text(d, "action"))
                .append(" on ")
                .append(text(d, "target"))
                .append(" in ")
                .append(text(d, "account"))
                .append(" (attempt ")
                .append(text(d, "attempt"))
                .append(", ")
                .append(text(d, "calls"))
                .append(" calls, ")
                .append(text(d, "durationMs"))
                .append(" ms)");
        String message = text(d, "message");
        if (!message.isEmpty()) {
            summary.append(" — ");
            String code = text(d, "errorCode");
            summary.append(code.isEmpty() ? "" : code + ": ").append(message);
        }
        return new TimelineEntry(
                event, summary.toString(), nullIfEmpty(text(d, "requestId")), text(d, "outcome"), List.of());
    }

    private static TimelineEntry retry(RunEvent event, JsonNode d) {
        String summary = text(d, "step") + ": " + text(d, "service") + ":" + text(d, "action") + " answered "
                + text(d, "errorCode") + " on call " + text(d, "failedCall") + "; retried with backoff";
        return new TimelineEntry(event, summary, nullIfEmpty(text(d, "requestId")), "RETRIED", List.of());
    }

    private static TimelineEntry verification(RunEvent event, JsonNode d) {
        List<String> evidence = new ArrayList<>();
        for (JsonNode check : d.path("checks").values()) {
            evidence.add(text(check, "name") + ": " + (check.path("passed").asBoolean() ? "passed" : "FAILED") + " — "
                    + text(check, "evidence")
                    + (text(check, "requestId").isEmpty() ? "" : " (request id " + text(check, "requestId") + ")"));
        }
        boolean verified = d.path("verified").asBoolean();
        return new TimelineEntry(
                event,
                verified ? "every check passed" : "a check failed",
                null,
                verified ? "VERIFIED" : "VERIFICATION_FAILED",
                evidence);
    }

    /** planHash, reason, failure... as "key: value" pairs; nested values as JSON. */
    private static String plain(JsonNode detail) {
        List<String> parts = new ArrayList<>();
        detail.properties()
                .forEach(field -> parts.add(field.getKey() + ": "
                        + (field.getValue().isValueNode()
                                ? field.getValue().asString()
                                : field.getValue().toString())));
        return String.join("; ", parts);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
