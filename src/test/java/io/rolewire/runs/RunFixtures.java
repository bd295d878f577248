package io.rolewire.runs;

import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.Document;
import io.rolewire.wiring.DocumentFormat;
import io.rolewire.wiring.DocumentKeys;
import io.rolewire.wiring.Ec2InstanceOptions;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.ExecutionRoleOptions;
import io.rolewire.wiring.Finding;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.Severity;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.Violation;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Inputs and previews built directly from the wiring records (the wiring core renders them in
 * production; here only their shape matters).
 */
public final class RunFixtures {

    private RunFixtures() {}

    public static WiringInput ecsInput(String sourceAccount, String sourceRole, String destAccount, String destRole) {
        var execution = new ExecutionRoleOptions(
                true,
                null,
                true,
                "arn:aws:secretsmanager:eu-west-1:" + sourceAccount + ":secret:registry",
                List.of("arn:aws:secretsmanager:eu-west-1:" + sourceAccount + ":secret:db"),
                List.of(),
                null,
                List.of(),
                null,
                null);
        return new WiringInput(
                Workload.ECS_TASK,
                "eu-west-1",
                new SourceRole(sourceAccount, sourceRole, false),
                new DestinationRole(destAccount, destRole, true, List.of("arn:aws:iam::aws:policy/ReadOnlyAccess")),
                new EcsTaskOptions("reporting", "app", "nginx:1.27", 256, 512, LaunchType.FARGATE, execution, true),
                null);
    }

    public static WiringInput ec2Input(String sourceAccount, String sourceRole, String destAccount, String destRole) {
        return new WiringInput(
                Workload.EC2_INSTANCE,
                "us-east-1",
                new SourceRole(sourceAccount, sourceRole, true),
                new DestinationRole(destAccount, destRole, false, List.of()),
                null,
                new Ec2InstanceOptions("reporting-profile"));
    }

    /** Documents deliberately not in key order, so a stored run must keep display order. */
    public static Preview previewFor(WiringInput input) {
        String destArn = "arn:aws:iam::" + input.destination().accountId() + ":role/"
                + input.destination().roleName();
        List<Document> documents = List.of(
                new Document(
                        DocumentKeys.SOURCE_PERMISSION_POLICY,
                        DocumentFormat.JSON,
                        "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": "
                                + "\"sts:AssumeRole\", \"Resource\": \"" + destArn + "\"}]\n}"),
                new Document(
                        DocumentKeys.DESTINATION_TRUST_POLICY, DocumentFormat.JSON, "{\"Version\": \"2012-10-17\"}"),
                new Document(
                        DocumentKeys.CLI_PROFILE, DocumentFormat.INI, "[profile destination]\nrole_arn = " + destArn),
                new Document(
                        DocumentKeys.CLI_SCRIPT,
                        DocumentFormat.SHELL,
                        "#!/bin/sh\naws iam get-role --role-name 'x'\n"));
        List<Finding> findings = List.of(
                new Finding(Severity.WARNING, "TRUST_ROOT_PRINCIPAL", "The destination trusts the whole account."),
                new Finding(Severity.INFO, "ROLE_CREATED", "Rolewire creates the destination role."));
        return new Preview(List.of(), documents, findings, sha256(documents.toString()));
    }

    public static Preview invalidPreview() {
        return new Preview(
                List.of(new Violation(
                        "source.accountId", "wiring.accountId.format", List.of("12"), "must be 12 digits")),
                List.of(),
                List.of(),
                null);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
