package io.rolewire.apply.internal;

import io.rolewire.apply.PlanFinding;
import io.rolewire.aws.AccessCheck;
import io.rolewire.aws.PolicyValidation;
import io.rolewire.wiring.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access Analyzer's answers to one plan, as findings labelled as its own. When a call is denied or
 * not answered, one INFO says so for the whole analyzer (the first such call's reason), however
 * many calls went unanswered; the answers that did come are kept.
 */
final class AnalyzerAnswers {

    private static final Logger log = LoggerFactory.getLogger(AnalyzerAnswers.class);

    private final AwsText text;
    private final List<PlanFinding> findings = new ArrayList<>();
    private PlanFinding unanswered;

    AnalyzerAnswers(AwsText text) {
        this.text = text;
    }

    void add(String key, Severity severity, String code, String message) {
        findings.add(finding(key, severity, code, severity.name(), message));
    }

    /** ValidatePolicy's findings with Access Analyzer's own type as the label. */
    void validation(String key, PolicyValidation validation) {
        if (validation.status() != PolicyValidation.Status.VALIDATED) {
            notAnswered(key, validation.status(), text.of(validation.messageCode(), validation.reason()));
            return;
        }
        validation
                .findings()
                .forEach(f -> findings.add(finding(key, severityOf(f.type()), f.issueCode(), f.type(), f.message())));
    }

    /** Whether a check answered; when it did not, that is said (once). */
    boolean answered(String key, AccessCheck check) {
        if (!check.answered()) {
            notAnswered(key, check.status(), text.of(check.messageCode(), check.reason(), check.operation()));
        }
        return check.answered();
    }

    /** The findings, then the one INFO when some call went unanswered. */
    List<PlanFinding> findings() {
        List<PlanFinding> all = new ArrayList<>(findings);
        if (unanswered != null) {
            all.add(unanswered);
        }
        return all;
    }

    /**
     * The call's answer; a call that threw all the same (the ports promise it does not) is an
     * analyzer that did not answer: the plan never fails for Access Analyzer.
     */
    static <T> T joined(CompletableFuture<T> call, Function<RuntimeException, T> instead) {
        try {
            return LivePlanner.joined(call);
        } catch (RuntimeException e) {
            log.warn("Access Analyzer call failed unexpectedly", e);
            return instead.apply(e);
        }
    }

    private void notAnswered(String key, PolicyValidation.Status status, String message) {
        if (unanswered == null) {
            unanswered = finding(key, Severity.INFO, "ANALYZER_" + status.name(), Severity.INFO.name(), message);
        }
    }

    private static PlanFinding finding(String key, Severity severity, String code, String label, String message) {
        return new PlanFinding(PlanFinding.ACCESS_ANALYZER, key, severity, code, label, message);
    }

    /** Shown beside ours with our colours; Access Analyzer's own word stays in the label. */
    private static Severity severityOf(String type) {
        return switch (type) {
            case "ERROR" -> Severity.ERROR;
            case "SECURITY_WARNING", "WARNING" -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }
}
