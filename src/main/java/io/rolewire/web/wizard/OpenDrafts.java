package io.rolewire.web.wizard;

import io.rolewire.runs.Actor;
import java.util.List;
import org.springframework.stereotype.Component;

/** The wizard drafts someone can resume, for pages outside the wizard (the home page). */
@Component
public class OpenDrafts {

    static final int SHOWN = 20;

    private final WizardStore store;

    OpenDrafts(WizardStore store) {
        this.store = store;
    }

    /** The owner's drafts not saved as a run yet, last changed first. */
    public List<OpenDraft> of(Actor owner) {
        return store.open(owner, SHOWN);
    }
}
