package io.rolewire.wiring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARNs an operator may type, each of one service and resource type. A secret ARN where a key
 * ARN belongs would render a policy that IAM accepts and that silently grants the wrong thing, so
 * the kind is checked, not just the "arn:" prefix.
 */
enum ArnKind {
    SECRETS_MANAGER_SECRET(
            "secretsmanager",
            true,
            "[0-9]{12}",
            "secret:[A-Za-z0-9/_+=.@-]+",
            "arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME"),
    SSM_PARAMETER("ssm", true, "[0-9]{12}", "parameter/[A-Za-z0-9/_.-]+", "arn:aws:ssm:REGION:ACCOUNT:parameter/NAME"),
    KMS_KEY("kms", true, "[0-9]{12}", "key/[A-Za-z0-9-]+", "arn:aws:kms:REGION:ACCOUNT:key/KEY_ID"),
    S3_OBJECT("s3", false, "", "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+", "arn:aws:s3:::BUCKET/KEY"),
    IAM_MANAGED_POLICY(
            "iam",
            false,
            "aws|[0-9]{12}",
            "policy/(?:[\\x21-\\x7E]*/)?[A-Za-z0-9_+=,.@-]{1,128}",
            "arn:aws:iam::ACCOUNT:policy/NAME");

    private final String shape;
    private final Pattern pattern;

    ArnKind(String service, boolean regional, String account, String resource, String shape) {
        String region = regional ? "[a-z0-9-]+" : "";
        this.shape = shape;
        this.pattern = Pattern.compile("arn:(?<partition>aws|aws-us-gov|aws-cn):" + service + ":(?<region>" + region
                + "):(?:" + account + "):" + resource);
    }

    /**
     * Adds a violation when {@code arn} is not of this kind, or sits in another partition than
     * {@code partition} (null when the region is unknown and the partition cannot be told).
     */
    void check(String field, String arn, String partition, Violations violations) {
        Matcher matcher = arn == null ? null : pattern.matcher(arn);
        if (matcher == null || !matcher.matches() || !regionIsKnownOrAbsent(matcher.group("region"))) {
            violations.add(field, "wiring.arn.format", String.valueOf(arn), shape);
        } else if (partition != null && !partition.equals(matcher.group("partition"))) {
            violations.add(field, "wiring.arn.partition", arn, partition);
        }
    }

    private static boolean regionIsKnownOrAbsent(String region) {
        return region.isEmpty() || Regions.isKnown(region);
    }
}
