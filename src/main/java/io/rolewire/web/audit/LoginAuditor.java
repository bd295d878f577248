package io.rolewire.web.audit;

import io.rolewire.audit.EventLog;
import io.rolewire.runs.events.LoginRefused;
import io.rolewire.runs.events.LoginSucceeded;
import io.rolewire.runs.events.RecordedEvent;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Puts every sign-in, and every refused one, on the record as an audit event of the chain. Here in
 * web, which may use both: security publishes its own events and knows no other module. The
 * event log's append commits on its own (there is no transaction around a login). When the store
 * cannot be written, the sign-in is not refused for it (every page then answers 503 and readiness
 * is DOWN): the unrecorded sign-in is logged instead.
 */
@Component
class LoginAuditor {

    private static final Logger log = LoggerFactory.getLogger(LoginAuditor.class);

    private final EventLog eventLog;

    LoginAuditor(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    @EventListener
    public void on(io.rolewire.security.LoginSucceeded login) {
        String name = bounded(login.username());
        record(new LoginSucceeded(name, login.clientAddress()), name, login.at());
    }

    @EventListener
    public void on(io.rolewire.security.LoginRefused refused) {
        String name = bounded(refused.username());
        LoginRefused event =
                new LoginRefused(name, refused.clientAddress(), refused.reason().name());
        record(event, name, refused.at());
    }

    private void record(RecordedEvent event, String name, Instant at) {
        try {
            eventLog.appendAuditEvent(event, name, at);
        } catch (DataAccessException | TransactionException storeUnavailable) {
            log.warn("sign-in event not recorded, the store is unavailable: {} {}", event.kind(), name);
        }
    }

    /** The name as typed: maybe empty (the log needs an actor), maybe longer than any user's (cut at 128). */
    private static String bounded(String username) {
        String name = username == null || username.isBlank() ? "(no username)" : username;
        return name.length() > 128 ? name.substring(0, 128) : name;
    }
}
