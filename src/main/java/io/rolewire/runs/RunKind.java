package io.rolewire.runs;

/** What a run does to the accounts: wire (add a wiring), or un-wire (remove what a wiring run added, ADR 018). */
public enum RunKind {
    WIRE,
    UNWIRE
}
