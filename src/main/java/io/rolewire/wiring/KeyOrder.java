package io.rolewire.wiring;

import java.util.Comparator;
import java.util.List;

/**
 * The canonical order of JSON object keys: known IAM and ECS keys in the order people read them
 * (Version before Statement; Sid, Effect, Principal, Action, Resource, Condition), then every other
 * key alphabetically. It depends on the key alone, never on where the key sits.
 */
final class KeyOrder {

    private static final List<String> READING_ORDER = List.of(
            // IAM policy grammar
            "Version",
            "Id",
            "Statement",
            "Sid",
            "Effect",
            "Principal",
            "NotPrincipal",
            "Action",
            "NotAction",
            "Resource",
            "NotResource",
            "Condition",
            // the execution role and instance profile documents
            "roleName",
            "instanceProfileName",
            "trustPolicy",
            "managedPolicyArns",
            "inlinePolicy",
            // a task definition, then a container definition ("cpu" and "memory" serve both)
            "family",
            "taskRoleArn",
            "executionRoleArn",
            "networkMode",
            "requiresCompatibilities",
            "name",
            "image",
            "cpu",
            "memory",
            "essential",
            "containerDefinitions");

    static final Comparator<String> CANONICAL =
            Comparator.comparingInt(KeyOrder::readingRank).thenComparing(Comparator.naturalOrder());

    private KeyOrder() {}

    private static int readingRank(String key) {
        int rank = READING_ORDER.indexOf(key);
        return rank < 0 ? READING_ORDER.size() : rank;
    }
}
