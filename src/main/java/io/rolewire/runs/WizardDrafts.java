package io.rolewire.runs;

import java.util.Optional;
import java.util.UUID;

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
}
