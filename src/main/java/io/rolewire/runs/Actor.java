package io.rolewire.runs;

/** The signed-in person (or API client) acting; passed in, never read from a thread-local. */
public record Actor(String username) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an actor needs a username");
        }
    }
}
