package io.rolewire.runs;

import io.rolewire.wiring.Preview;
import io.rolewire.wiring.WiringInput;
import java.util.Optional;

/** The run aggregate's service. */
public interface Runs {

    /**
     * Stores a DRAFT run with the inputs and every document of a valid preview, in one transaction
     * together with its CREATED event (via {@link RunCreated}).
     *
     * @throws IllegalArgumentException when the preview has violations
     */
    Run createDraft(WiringInput input, Preview preview, Actor actor);

    Optional<Run> find(long id);
}
