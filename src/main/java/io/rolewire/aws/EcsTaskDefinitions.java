package io.rolewire.aws;

import java.util.Optional;

/** Reads task definitions. */
public interface EcsTaskDefinitions {

    /** The latest ACTIVE revision of {@code family}; empty when the family has none. */
    Optional<LiveTaskDefinition> latest(String family);

    /** One revision by its ARN, ACTIVE or INACTIVE; empty when ECS does not know it. */
    Optional<TaskDefinitionRevision> revision(String revisionArn);
}
