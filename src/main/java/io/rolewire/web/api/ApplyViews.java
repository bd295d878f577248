package io.rolewire.web.api;

import io.rolewire.apply.ApplyProgress;
import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.Verification;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's bodies for the live plan and the steps. Documents are stored as canonical JSON text;
 * they are parsed here so that clients get JSON values, not escaped strings.
 */
@Component
class ApplyViews {

    private final JsonMapper json;

    ApplyViews(JsonMapper json) {
        this.json = json;
    }

    LivePlanResponse plan(LivePlan plan) {
        Map<Change, Long> counts = new EnumMap<>(Change.class);
        for (Change change : Change.values()) {
            counts.put(change, plan.count(change));
        }
        return new LivePlanResponse(
                plan.runId(),
                plan.hash(),
                plan.readAt(),
                plan.awsAccess(),
                plan.complete(),
                counts,
                plan.accounts(),
                plan.resources().stream().map(this::resource).toList(),
                plan.findings());
    }

    StepsResponse steps(ApplyProgress progress) {
        return new StepsResponse(
                progress.runId(),
                progress.status(),
                progress.running(),
                progress.finishedSteps(),
                progress.percent(),
                progress.steps().stream().map(this::step).toList(),
                progress.verification().map(ApplyViews::verification).orElse(null));
    }

    private LivePlanResponse.Resource resource(PlannedResource r) {
        return new LivePlanResponse.Resource(
                r.key(),
                r.side(),
                r.accountId(),
                r.kind(),
                r.name(),
                r.change(),
                r.liveId(),
                document(r.liveDocument()),
                document(r.desiredDocument()),
                r.diff() != null && r.diff().changed(),
                r.diff() == null ? List.of() : r.diff().rows(),
                r.note());
    }

    private StepsResponse.Step step(ApplyStep s) {
        return new StepsResponse.Step(
                s.attempt(),
                s.position(),
                s.key(),
                s.side(),
                s.accountId(),
                s.service(),
                s.action(),
                s.target(),
                document(s.requestDocument()),
                s.outcome(),
                s.requestId(),
                s.calls(),
                s.durationMillis(),
                s.errorCode(),
                s.message(),
                s.updatedAt());
    }

    private static StepsResponse.VerificationResult verification(Verification v) {
        return new StepsResponse.VerificationResult(v.at(), v.by(), v.verified(), v.checks());
    }

    /** JSON text as a JSON value; anything else (an INI profile, a script) as text. */
    private Object document(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JacksonException notJson) {
            return text;
        }
    }
}
