package io.rolewire.runs;

import java.time.Instant;

/**
 * An applied and verified wiring whose access ends soon or has ended (ADR 019): what the home pages list and
 * what the un-wire at the end of access starts from.
 *
 * @param ended the end has passed: AWS already refuses the assume, the un-wire is due
 * @param unwireApprovedInAdvance the un-wire was approved together with the wiring
 */
public record AccessEnding(
        long runId,
        String sourceAccountId,
        String sourceRoleName,
        String destinationAccountId,
        String destinationRoleName,
        Instant accessUntil,
        boolean ended,
        boolean unwireApprovedInAdvance) {}
