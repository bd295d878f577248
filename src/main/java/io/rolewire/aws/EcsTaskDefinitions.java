package io.rolewire.aws;

import java.util.Optional;

/** Reads task definitions. */
public interface EcsTaskDefinitions {

    /** The latest ACTIVE revision of {@code family}; empty when the family has none. */
    Optional<LiveTaskDefinition> latest(String family);
}
