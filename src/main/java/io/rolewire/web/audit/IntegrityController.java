package io.rolewire.web.audit;

import io.rolewire.audit.Checkpoints;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.Integrity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The whole chain's integrity, for every signed-in role. Verifying reads every event, so it runs
 * when asked (the button), not on every visit; the page also lists the latest exports.
 */
@Controller
@RequestMapping("/audit/integrity")
class IntegrityController {

    static final int RECENT_EXPORTS = 20;

    static final int RECENT_CHECKPOINTS = 10;

    private final Integrity integrity;
    private final EventLog eventLog;
    private final Checkpoints checkpoints;

    IntegrityController(Integrity integrity, EventLog eventLog, Checkpoints checkpoints) {
        this.integrity = integrity;
        this.eventLog = eventLog;
        this.checkpoints = checkpoints;
    }

    @ModelAttribute("nav")
    String nav() {
        return "integrity";
    }

    @GetMapping
    String showIntegrity(Model model) {
        model.addAttribute("auditEvents", eventLog.recentAuditEvents(RECENT_EXPORTS));
        model.addAttribute("checkpoints", checkpoints.latest(RECENT_CHECKPOINTS));
        model.addAttribute("publicKey", checkpoints.publicKeyPem());
        model.addAttribute("keyId", checkpoints.keyId());
        return "audit/integrity";
    }

    @GetMapping("/check")
    String showCheck(Model model) {
        model.addAttribute("report", integrity.verifyChain());
        return showIntegrity(model);
    }
}
