package io.rolewire.aws;

/** Registers task definitions. */
public interface EcsRegistration {

    /**
     * Registers the task definition as rendered by the wiring core ({@code taskDefinition} document):
     * family, roles, network mode, compatibilities, sizes and containers (name, image, cpu, memory,
     * essential). Other fields are refused rather than silently dropped.
     */
    LiveTaskDefinition register(String taskDefinitionJson);

    /** Marks one revision INACTIVE (un-wire): tasks no longer start from it. */
    AwsReceipt deregister(String revisionArn);
}
