package io.rolewire.runs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Half-filled wizards, kept in the database (not the HTTP session) so a wizard survives restarts and
 * works across replicas. The state is opaque JSON owned by the web layer; each draft belongs to
 * the user who started it.
 */
public interface WizardDrafts {

    UUID start(Actor owner, String stateJson);

    /** Empty when the draft does not exist or belongs to someone else. */
    Optional<String> load(UUID id, Actor owner);

    /** @return false when the draft does not exist or belongs to someone else */
    boolean save(UUID id, Actor owner, String stateJson);

    /** A draft not saved as a run yet, as listed on its owner's home page. */
    record OpenDraft(UUID id, String stateJson, Instant createdAt, Instant updatedAt) {}

    /** The owner's open drafts, last changed first, at most {@code limit}. */
    List<OpenDraft> open(Actor owner, int limit);

    /** The run this draft was saved as; empty while the draft is open (or not the owner's). */
    Optional<Long> savedRun(UUID id, Actor owner);

    /**
     * Closes the draft: it was saved as {@code runId}. It leaves the owner's open drafts but is
     * kept, so a second save of it finds that run.
     */
    void close(UUID id, Actor owner, long runId);

    /** What saving a draft as a run came to: the run, and whether an earlier save had made it. */
    record SavedRun(long runId, boolean alreadySaved) {}

    /**
     * Saves the draft as a run at most once: {@code saveRun} (which stores the run and returns its
     * id) runs only while the draft is open, and the draft is closed with that run in the same
     * transaction. The draft's row is locked meanwhile, so two saves at once (a double click) wait
     * for each other and the second one gets the first one's run.
     *
     * @return empty when the draft does not exist or belongs to someone else
     */
    Optional<SavedRun> saveAsRunOnce(UUID id, Actor owner, LongSupplier saveRun);

    /** @return false when the draft does not exist or belongs to someone else */
    boolean delete(UUID id, Actor owner);
}
