package io.rolewire.runs;

import java.util.List;

/**
 * Moves stored runs through their lifecycle. Each call loads the run, lets the run apply its rules
 * (a refusal is a {@link TransitionRefused} and changes nothing), saves it only if nobody changed
 * it meanwhile (else {@link Refusal#CONCURRENT_CHANGE}) and appends the event, all in one
 * transaction. An unknown id is an {@link UnknownRunException}.
 */
public interface RunLifecycle {

    Run submit(long runId, ActingUser by);

    /** Approval of the documents alone (no live state was read). */
    Run approve(long runId, ActingUser by, String seenPlanHash);

    /** Approval bound to {@code livePlanHash}, the documents with the live state just read. */
    Run approve(long runId, ActingUser by, String seenPlanHash, String livePlanHash);

    /**
     * Either approval ({@code livePlanHash} null: the documents alone), with the un-wire at the
     * run's end of access approved in advance when {@code unwireAtExpiry} (ADR 019).
     */
    Run approve(long runId, ActingUser by, String seenPlanHash, String livePlanHash, boolean unwireAtExpiry);

    Run reject(long runId, ActingUser by, String reason);

    Run cancel(long runId, ActingUser by);

    Run startApply(long runId, ActingUser by);

    /** Refused as {@link Refusal#STALE_PLAN} unless {@code livePlanHash} is the approved one. */
    Run startApply(long runId, ActingUser by, String livePlanHash);

    Run completeApply(long runId, ActingUser by);

    Run failApply(long runId, ActingUser by, String failure);

    Run retryApply(long runId, ActingUser by);

    Run completeVerification(long runId, ActingUser by, boolean verified);

    Run returnToSubmitted(long runId, ActingUser by, String reason);

    /** Records a later verification of a VERIFIED or VERIFICATION_FAILED run. */
    Run reverify(long runId, ActingUser by, boolean verified);

    /** Runs in {@code status}, oldest first (the apply's start-up recovery looks for APPLYING). */
    List<Long> idsIn(RunStatus status);

    /** SUBMITTED runs, oldest submission first (the approvers' queue), at most {@code limit}. */
    List<Run> awaitingApproval(int limit);

    /** How many runs are SUBMITTED: one count on the status index, cheap enough for every page. */
    long countAwaitingApproval();
}
