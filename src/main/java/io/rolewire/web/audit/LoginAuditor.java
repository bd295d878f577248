package io.rolewire.web.audit;

import io.rolewire.audit.EventLog;
import io.rolewire.runs.events.LoginRefused;
import io.rolewire.runs.events.LoginSucceeded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts every sign-in, and every refused one, on the record as an audit event of the chain. Here in
 * web, which may use both: security publishes its own events and knows no other module. The
 * event log's append commits on its own (there is no transaction around a login).
 */
@Component
class LoginAuditor {

    private final EventLog eventLog;

    LoginAuditor(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    @EventListener
    public void on(io.rolewire.security.LoginSucceeded login) {
        String name = bounded(login.username());
        eventLog.appendAuditEvent(new LoginSucceeded(name, login.clientAddress()), name, login.at());
    }

    @EventListener
    public void on(io.rolewire.security.LoginRefused refused) {
        String name = bounded(refused.username());
        LoginRefused event =
                new LoginRefused(name, refused.clientAddress(), refused.reason().name());
        eventLog.appendAuditEvent(event, name, refused.at());
    }

    /** The name as typed: maybe empty (the log needs an actor), maybe longer than any user's (cut at 128). */
    private static String bounded(String username) {
        String name = username == null || username.isBlank() ? "(no username)" : username;
        return name.length() > 128 ? name.substring(0, 128) : name;
    }
}
