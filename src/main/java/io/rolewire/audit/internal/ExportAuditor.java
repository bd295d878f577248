package io.rolewire.audit.internal;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.ExportRecorded;
import io.rolewire.runs.events.Exported;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts every export on the record as an EXPORTED event of the chain, whoever published it (run
 * events here, the history export elsewhere). Synchronous on purpose: the publisher learns of a
 * failure before it streams anything, so there is no export without its record. In a transaction
 * of its own, committed before the export streams: a publisher's read-only transaction could not
 * insert, and a download that fails later must stay on the record.
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
        Exported event = new Exported(export.what(), export.runId(), export.filter(), export.format());
        ownTransaction.executeWithoutResult(tx -> eventLog.appendAuditEvent(event, export.actor(), export.at()));
    }
}
