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
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final TransactionTemplate oneTransaction;

    /** @param transactions absent only in web slice tests, whose services are mocks: then no transaction */
    ApiViews(JsonMapper json, EventLog eventLog, ObjectProvider<PlatformTransactionManager> transactions) {
        this.json = json;
        this.eventLog = eventLog;
        PlatformTransactionManager manager = transactions.getIfAvailable();
        this.oneTransaction = manager == null ? null : new TransactionTemplate(manager);
    }

    /**
     * A change that touches only the database, and the run as it answers, in one transaction: one pool
     * connection per API call instead of two. Under many writers each extra borrow is another wait in
     * the pool's queue (docs/benchmarks.md, "Many writers"). The answer is returned after the commit.
     * Not for changes that call AWS or start background work.
     */
    RunResponse runAfter(Supplier<Run> change) {
        return oneTransaction == null ? run(change.get()) : oneTransaction.execute(status -> run(change.get()));
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
                run.unwireApprovedInAdvance(),
                events,
                run.kind(),
                run.undoes());
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
