package io.rolewire.runs;

import java.util.Arrays;
import java.util.Set;

/**
 * The signed-in user with the roles they act in, as plain strings ({@code OPERATOR}, {@code
 * REVIEWER}, {@code ADMIN}) so the lifecycle rules never see a security framework type. Kept apart
 * from {@link Actor}, which names a person only and is compared by name elsewhere (drafts, audit).
 */
public record ActingUser(String username, Set<String> roles) {

    public static final String OPERATOR = "OPERATOR";
    public static final String REVIEWER = "REVIEWER";
    public static final String ADMIN = "ADMIN";

    public ActingUser {
        new Actor(username); // same rule for the name
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static ActingUser of(String username, String... roles) {
        return new ActingUser(username, Set.copyOf(Arrays.asList(roles)));
    }

    public Actor actor() {
        return new Actor(username);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(ADMIN);
    }

    /** May create runs, submit and cancel their own. */
    public boolean isCreator() {
        return hasRole(OPERATOR) || hasRole(ADMIN);
    }
}
