package io.rolewire.export;

import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.Ec2InstanceOptions;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.ExecutionRoleOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.List;

/**
 * Object mother of exported runs: the seeds' inputs (their 16-digit placeholder accounts replaced by valid
 * ones, as in the wiring golden tests), rendered by the real {@link Wiring} into the documents a run stores.
 */
final class ExportRuns {

    static final long RUN_ID = 42;
    static final String KMS_KEY = "arn:aws:kms:us-east-1:111122223333:key/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9";

    private ExportRuns() {}

    /** Seed 003: an ECS task role and a destination role that both exist. */
    static WiringInput seed003() {
        return new WiringInput(
                Workload.ECS_TASK,
                "us-east-1",
                new SourceRole("111122223333", "my-ECS-task-role", false),
                new DestinationRole("555566667777", "destination-account-role", false, List.of()),
                new EcsTaskOptions(
                        "verify-assume-cross-account-role",
                        "test",
                        "your-test-image",
                        100,
                        200,
                        LaunchType.EC2,
                        null,
                        false),
                null);
    }

    /** Seed 003 with every role created: the source role (seed 004 trust) and the destination role. */
    static WiringInput seed003AllNew() {
        WiringInput seed = seed003();
        return new WiringInput(
                seed.workload(),
                seed.region(),
                new SourceRole("111122223333", "my-ECS-task-role", true),
                new DestinationRole(
                        "555566667777",
                        "destination-account-role",
                        true,
                        List.of("arn:aws:iam::aws:policy/ReadOnlyAccess")),
                seed.ecs(),
                null);
    }

    /**
     * Seed 001 on Fargate: a created execution role with its managed policy and the inline statements of
     * the secrets, KMS and S3 options; ECS Exec on (seed 004); source role new, destination role existing.
     */
    static WiringInput seed001() {
        ExecutionRoleOptions execution = new ExecutionRoleOptions(
                true,
                null,
                true,
                null,
                List.of("arn:aws:secretsmanager:us-east-1:111122223333:secret:db-password-AbCdEf"),
                List.of("arn:aws:ssm:us-east-1:111122223333:parameter/app/config"),
                KMS_KEY,
                List.of("arn:aws:s3:::app-env-files/app.env"),
                null,
                null);
        return new WiringInput(
                Workload.ECS_TASK,
                "us-east-1",
                new SourceRole("111122223333", "app-task-role", true),
                new DestinationRole("555566667777", "destination-account-role", false, List.of()),
                new EcsTaskOptions(
                        "app",
                        "app",
                        "public.ecr.aws/docker/library/busybox:1.36",
                        256,
                        512,
                        LaunchType.FARGATE,
                        execution,
                        true),
                null);
    }

    /** Seed 002: instance role AssumeRoleInA (created) in account B assumes RoleForB (created) in account A. */
    static WiringInput seed002() {
        return new WiringInput(
                Workload.EC2_INSTANCE,
                "us-east-1",
                new SourceRole("222233334444", "AssumeRoleInA", true),
                new DestinationRole(
                        "444455556666", "RoleForB", true, List.of("arn:aws:iam::aws:policy/ReadOnlyAccess")),
                null,
                new Ec2InstanceOptions("ec2-profile"));
    }

    /** Seed 002 with both roles existing: the instance profile is still created, the trust merged. */
    static WiringInput seed002Existing() {
        WiringInput seed = seed002();
        return new WiringInput(
                seed.workload(),
                seed.region(),
                new SourceRole("222233334444", "AssumeRoleInA", false),
                new DestinationRole("444455556666", "RoleForB", false, List.of()),
                null,
                seed.ec2());
    }

    static ExportedRun run(WiringInput input) {
        Preview preview = new Wiring().preview(input);
        if (!preview.valid()) {
            throw new IllegalArgumentException("not a valid wiring: " + preview.violations());
        }
        return new ExportedRun(RUN_ID, input, preview.documents());
    }

    static List<WiringInput> all() {
        return List.of(seed003(), seed003AllNew(), seed001(), seed002(), seed002Existing());
    }
}
