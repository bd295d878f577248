package io.rolewire.wiring;

/** A result of checking documents: {@code code} is stable (e.g. {@code TRUST_ROOT_PRINCIPAL}). */
public record Finding(Severity severity, String code, String message) {}
