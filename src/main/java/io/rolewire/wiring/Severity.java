package io.rolewire.wiring;

/** ERROR blocks submit; WARNING and INFO are shown. Declared most severe first. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
