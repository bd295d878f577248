package io.rolewire.runs;

import io.rolewire.wiring.Document;
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

    /**
     * Stores a DRAFT run of kind UNWIRE that undoes {@code original} (ADR 018): the original's inputs
     * and documents, plus {@code removal}, the document that says what the un-wire removes. The rules
     * are checked first, with the original's row locked, so two requests cannot both start one.
     *
     * @throws TransitionRefused when {@code by} may not create runs, the original is not a VERIFIED
     *     or VERIFICATION_FAILED wiring ({@link Refusal#NOT_UNWIRABLE}), or it is un-wired already or
     *     an un-wire of it is under way ({@link Refusal#ALREADY_UNWIRED})
     */
    Run createUnwire(Run original, Document removal, ActingUser by);

    /** The newest UNWIRE run of {@code wiringRunId} that was not rejected or cancelled. */
    Optional<Run> unwireOf(long wiringRunId);

    /**
     * Records that {@code unwireRunId}, VERIFIED, removed the wiring of {@code wiringRunId}: an
     * {@link io.rolewire.runs.events.Unwired} event on the wiring run, which is no longer in force.
     */
    void markUnwired(long wiringRunId, long unwireRunId, ActingUser by);
}
