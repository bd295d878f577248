package io.rolewire.web.wizard;

import io.rolewire.runs.Actor;
import io.rolewire.runs.WizardDrafts;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Wizard state in the database (never the HTTP session), as JSON the web layer owns. */
@Component
class WizardStore {

    private final WizardDrafts drafts;
    private final JsonMapper json;
    private final String defaultRegion;

    WizardStore(
            WizardDrafts drafts, JsonMapper json, @Value("${rolewire.default-region:us-east-1}") String defaultRegion) {
        this.drafts = drafts;
        this.json = json;
        this.defaultRegion = defaultRegion;
    }

    UUID start(Actor owner) {
        return drafts.start(owner, json.writeValueAsString(WizardState.defaults(defaultRegion)));
    }

    /** @throws DraftNotFoundException when the draft does not exist or is someone else's */
    WizardState load(UUID draftId, Actor owner) {
        return drafts.load(draftId, owner)
                .map(state -> json.readValue(state, WizardState.class))
                .orElseThrow(() -> new DraftNotFoundException(draftId));
    }

    void save(UUID draftId, Actor owner, WizardState state) {
        if (!drafts.save(draftId, owner, json.writeValueAsString(state))) {
            throw new DraftNotFoundException(draftId);
        }
    }
}
