package io.rolewire.web.api;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.RunEvent;
import io.rolewire.runs.Run;
import io.rolewire.wiring.Document;
import io.rolewire.wiring.DocumentFormat;
import io.rolewire.wiring.Finding;
import io.rolewire.wiring.Preview;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the API's response bodies from domain values. JSON documents and event details are
 * stored as text; they are parsed here so that clients receive JSON objects, not escaped strings.
 */
@Component
class ApiViews {

    private final JsonMapper json;
    private final EventLog eventLog;

    ApiViews(JsonMapper json, EventLog eventLog) {
        this.json = json;
        this.eventLog = eventLog;
    }

    PlanResponse plan(Preview preview) {
        return new PlanResponse(documents(preview.documents()), findings(preview.findings()), preview.planHash());
    }

    /** The run with its event log, oldest event first. */
    RunResponse run(Run run) {
        List<EventResponse> events =
                eventLog.eventsOf(run.id()).stream().map(this::event).toList();
        return new RunResponse(
                run.id(),
                run.status(),
                run.input().workload(),
                WiringRequest.from(run.input()),
                documents(run.documents()),
                findings(run.findings()),
                run.planHash(),
                run.createdBy(),
                run.createdAt(),
                events);
    }

    private Map<String, Object> documents(List<Document> documents) {
        Map<String, Object> byKey = new LinkedHashMap<>();
        for (Document document : documents) {
            Object content =
                    document.format() == DocumentFormat.JSON ? json.readTree(document.content()) : document.content();
            byKey.put(document.key(), content);
        }
        return byKey;
    }

    private static List<FindingResponse> findings(List<Finding> findings) {
        return findings.stream().map(FindingResponse::from).toList();
    }

    private EventResponse event(RunEvent event) {
        JsonNode detail = event.detail() == null || event.detail().isBlank() ? null : json.readTree(event.detail());
        return new EventResponse(event.type(), event.actor(), event.at(), detail);
    }
}
