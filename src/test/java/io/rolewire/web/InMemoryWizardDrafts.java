package io.rolewire.web;

import io.rolewire.runs.Actor;
import io.rolewire.runs.WizardDrafts;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A working stand-in for the database-backed drafts, with the same ownership rule: someone else's
 * draft does not exist for you. Lets slice tests walk the wizard across requests.
 */
public final class InMemoryWizardDrafts implements WizardDrafts {

    private record Draft(String owner, String state) {}

    private final Map<UUID, Draft> drafts = new ConcurrentHashMap<>();

    @Override
    public UUID start(Actor owner, String stateJson) {
        UUID id = UUID.randomUUID();
        drafts.put(id, new Draft(owner.username(), stateJson));
        return id;
    }

    @Override
    public Optional<String> load(UUID id, Actor owner) {
        return Optional.ofNullable(drafts.get(id))
                .filter(d -> d.owner().equals(owner.username()))
                .map(Draft::state);
    }

    @Override
    public boolean save(UUID id, Actor owner, String stateJson) {
        Draft current = drafts.get(id);
        if (current == null || !current.owner().equals(owner.username())) {
            return false;
        }
        drafts.put(id, new Draft(owner.username(), stateJson));
        return true;
    }

    /** The stored JSON, for tests that check what was saved. */
    public String stateOf(UUID id) {
        return drafts.get(id).state();
    }

    public void clear() {
        drafts.clear();
    }
}
