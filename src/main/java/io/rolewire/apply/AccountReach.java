package io.rolewire.apply;

/**
 * Whether the live plan could read one account.
 *
 * @param callerArn who the credentials are in that account (sts:GetCallerIdentity), null when unreachable
 * @param reason why it could not be read, null when it could
 */
public record AccountReach(Side side, String accountId, boolean reachable, String callerArn, String reason) {}
