package io.rolewire.web.wizard;

import io.rolewire.runs.Actor;
import io.rolewire.runs.WizardDrafts;
import io.rolewire.wiring.WiringInput;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
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

    /** A new draft holding a stored run's inputs: "Copy into a new wiring". */
    UUID startFrom(Actor owner, WiringInput input) {
        return drafts.start(owner, json.writeValueAsString(WizardState.of(input)));
    }

    /** The owner's drafts not saved as a run yet, last changed first. */
    List<OpenDraft> open(Actor owner, int limit) {
        return drafts.open(owner, limit).stream()
                .map(d -> OpenDraft.of(d, json.readValue(d.stateJson(), WizardState.class)))
                .toList();
    }

    /** The run this draft was already saved as, if it was. */
    Optional<Long> savedRun(UUID draftId, Actor owner) {
        return drafts.savedRun(draftId, owner);
    }

    /**
     * Saves the draft as a run unless it already was (then {@code saveRun} is not called), and
     * closes it: it leaves the open drafts.
     *
     * @throws DraftNotFoundException when the draft does not exist or is someone else's
     */
    WizardDrafts.SavedRun saveAsRunOnce(UUID draftId, Actor owner, LongSupplier saveRun) {
        return drafts.saveAsRunOnce(draftId, owner, saveRun).orElseThrow(() -> new DraftNotFoundException(draftId));
    }

    /** @throws DraftNotFoundException when the draft does not exist or is someone else's */
    void delete(UUID draftId, Actor owner) {
        if (!drafts.delete(draftId, owner)) {
            throw new DraftNotFoundException(draftId);
        }
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
