package io.rolewire.web;

import io.rolewire.runs.Actor;
import io.rolewire.runs.WizardDrafts;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A working stand-in for the database-backed drafts, with the same ownership rule: someone else's
 * draft does not exist for you. Lets slice tests walk the wizard across requests.
 */
public final class InMemoryWizardDrafts implements WizardDrafts {

    private record Draft(String owner, String state, Long savedRun, Instant createdAt, Instant updatedAt) {

        Draft(String owner, String state) {
            this(owner, state, null, Instant.EPOCH, Instant.EPOCH);
        }
    }

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
        drafts.put(id, new Draft(owner.username(), stateJson, current.savedRun(), current.createdAt(), Instant.now()));
        return true;
    }

    @Override
    public List<OpenDraft> open(Actor owner, int limit) {
        return drafts.entrySet().stream()
                .filter(e -> e.getValue().owner().equals(owner.username())
                        && e.getValue().savedRun() == null)
                .map(e -> new OpenDraft(
                        e.getKey(),
                        e.getValue().state(),
                        e.getValue().createdAt(),
                        e.getValue().updatedAt()))
                .sorted(Comparator.comparing(OpenDraft::updatedAt).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<Long> savedRun(UUID id, Actor owner) {
        return Optional.ofNullable(drafts.get(id))
                .filter(d -> d.owner().equals(owner.username()))
                .map(Draft::savedRun);
    }

    @Override
    public void close(UUID id, Actor owner, long runId) {
        drafts.computeIfPresent(
                id,
                (key, d) -> d.owner().equals(owner.username()) && d.savedRun() == null
                        ? new Draft(d.owner(), d.state(), runId, d.createdAt(), d.updatedAt())
                        : d);
    }

    @Override
    public synchronized Optional<SavedRun> saveAsRunOnce(UUID id, Actor owner, LongSupplier saveRun) {
        Draft current = drafts.get(id);
        if (current == null || !current.owner().equals(owner.username())) {
            return Optional.empty();
        }
        if (current.savedRun() != null) {
            return Optional.of(new SavedRun(current.savedRun(), true));
        }
        long runId = saveRun.getAsLong();
        close(id, owner, runId);
        return Optional.of(new SavedRun(runId, false));
    }

    @Override
    public boolean delete(UUID id, Actor owner) {
        Draft current = drafts.get(id);
        return current != null && current.owner().equals(owner.username()) && drafts.remove(id, current);
    }

    /** The stored JSON, for tests that check what was saved. */
    public String stateOf(UUID id) {
        return drafts.get(id).state();
    }

    public void clear() {
        drafts.clear();
    }
}
