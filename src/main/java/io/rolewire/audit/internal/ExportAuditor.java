package io.rolewire.audit.internal;

import io.rolewire.audit.AuditEvent;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.ExportRecorded;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts every export on the record as an EXPORTED event of the chain, whoever published it (run
 * events here, the history export elsewhere). Synchronous on purpose: the publisher learns of a
 * failure before it streams anything, so there is no export without its record.
 */
class ExportAuditor {

    private final EventLog eventLog;

    ExportAuditor(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    @EventListener
    public void on(ExportRecorded export) {
        eventLog.appendAuditEvent(AuditEvent.EXPORTED, export.actor(), export.at(), detail(export));
    }

    static String detail(ExportRecorded export) {
        JsonMapper json = JsonMapper.shared();
        ObjectNode detail = json.createObjectNode();
        detail.put("what", export.what());
        detail.put("runId", export.runId());
        String filter = export.filterJson() == null || export.filterJson().isBlank() ? "{}" : export.filterJson();
        detail.set("filter", json.readTree(filter));
        detail.put("format", export.format());
        return json.writeValueAsString(detail);
    }
}
