package io.rolewire.runs;

/** The outcome of an allowed transition: the run's new state and the event that records it. */
public record Transition(Run run, RunTransitioned event) {}
