package io.rolewire.wiring;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role's ARN taken apart: {@code arn:PARTITION:iam::ACCOUNT:role/PATH/NAME}. IAM role names are
 * unique per account whatever their path, so account and name identify the role.
 */
public record RoleArn(String partition, String accountId, String roleName) {

    private static final Pattern ROLE_ARN =
            Pattern.compile("arn:(aws|aws-us-gov|aws-cn):iam::(\\d{12}):role/(?:[\\w+=,.@-]+/)*([\\w+=,.@-]{1,64})");

    /** The ARN of a role named in a wiring: the partition follows the region. */
    public static RoleArn of(String region, String accountId, String roleName) {
        return new RoleArn(Regions.partitionOf(region), accountId, roleName);
    }

    /** Empty when the text is not a role ARN. */
    public static Optional<RoleArn> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = ROLE_ARN.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RoleArn(matcher.group(1), matcher.group(2), matcher.group(3)));
    }

    /** The account as a value (the record keeps the text, as parsed or given). */
    public AccountId account() {
        return AccountId.of(accountId);
    }

    @Override
    public String toString() {
        return Arns.role(partition, accountId, roleName);
    }
}
