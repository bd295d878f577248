package io.rolewire.runs;

import java.time.Instant;

/** Who did something to a run, and when. */
public record Stamp(String by, Instant at) {}
