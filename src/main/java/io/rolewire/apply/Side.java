package io.rolewire.apply;

/** Which of the wiring's two accounts a resource or a step lives in. */
public enum Side {
    SOURCE,
    DESTINATION
}
