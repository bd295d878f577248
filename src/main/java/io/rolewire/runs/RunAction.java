package io.rolewire.runs;

/** The transitions a person starts from the run page or the API. */
public enum RunAction {
    SUBMIT,
    APPROVE,
    REJECT,
    CANCEL
}
