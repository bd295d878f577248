package io.rolewire.wiring;

import tools.jackson.databind.node.ObjectNode;

/** The trust policies Rolewire renders: who may assume which role. */
final class TrustPolicies {

    static final String ECS_TASKS_SERVICE = "ecs-tasks.amazonaws.com";
    static final String EC2_SERVICE = "ec2.amazonaws.com";

    private TrustPolicies() {}

    /** The destination role trusts exactly the source role's ARN (seed 003), never the account root. */
    static ObjectNode destination(ResolvedWiring wiring) {
        return Policies.document(destinationStatement(wiring));
    }

    /** Our statement: with an end of access, AWS refuses the assume from then on (ADR 019). */
    static ObjectNode destinationStatement(ResolvedWiring wiring) {
        return AccessEnd.addTo(Policies.allowAssumeRole("AWS", wiring.sourceRoleArn()), wiring.accessUntil());
    }

    /**
     * ECS tasks of the source account only (seed 004): without these conditions any account's ECS
     * could be talked into assuming the role (the confused deputy problem). ECS does not support a
     * cluster in aws:SourceArn, hence the wildcard.
     */
    static ObjectNode ecsTasks(ResolvedWiring wiring) {
        String account = wiring.source().accountId();
        ObjectNode statement = Policies.allowAssumeRole("Service", ECS_TASKS_SERVICE);
        Policies.withCondition(
                statement,
                "ArnLike",
                "aws:SourceArn",
                Arns.anyEcsResource(wiring.partition(), wiring.region(), account));
        Policies.withCondition(statement, "StringEquals", "aws:SourceAccount", account);
        return Policies.document(statement);
    }

    /** An EC2 instance role (seed 002). */
    static ObjectNode ec2Instances() {
        return Policies.document(Policies.allowAssumeRole("Service", EC2_SERVICE));
    }
}
