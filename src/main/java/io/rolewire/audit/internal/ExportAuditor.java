package io.rolewire.audit.internal;

import io.rolewire.audit.AuditEvent;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.ExportRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts every export on the record as an EXPORTED event of the chain, whoever published it (run
 * events here, the history export elsewhere). Synchronous on purpose: the publisher learns of a
 * failure before it streams anything, so there is no export without its record. In a transaction
 * of its own, committed before the export streams: a publisher's read-only transaction could not
 * insert, and a download that fails later must stay on the record. (So a publisher must not have
 * appended events in its own open transaction: it would hold the chain head this one waits for.)
 */
class ExportAuditor {

    private final EventLog eventLog;
    private final TransactionTemplate ownTransaction;

    ExportAuditor(EventLog eventLog, PlatformTransactionManager transactions) {
        this.eventLog = eventLog;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    public void on(ExportRecorded export) {
        String detail = detail(export);
        ownTransaction.executeWithoutResult(
                tx -> eventLog.appendAuditEvent(AuditEvent.EXPORTED, export.actor(), export.at(), detail));
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
