package io.rolewire.wiring;

import java.util.List;

/**
 * One broken input rule. {@code field} is the dotted path of the input (e.g. {@code source.accountId},
 * {@code ecs.memory}); {@code code} is a message key (e.g. {@code wiring.accountId.format}) that the
 * web layer resolves from messages.properties with {@code args}; {@code defaultMessage} is an English
 * fallback for clients that have no bundle.
 */
public record Violation(String field, String code, List<Object> args, String defaultMessage) {

    public Violation {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
