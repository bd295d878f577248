package io.rolewire.aws;

import java.util.Optional;

/**
 * An AWS call that failed, translated from the SDK so that nothing SDK-typed leaves this package.
 * The executor records it as the step's outcome; {@code requestId} is what AWS support asks for.
 *
 * @param errorCode AWS's error code (NoSuchEntity, Throttling, AccessDenied...), or {@code
 *     ClientError} when no answer came back (timeout, connection refused)
 * @param httpStatus the HTTP status, 0 when no answer came back
 */
public final class AwsCallFailed extends RuntimeException {

    public static final String CLIENT_ERROR = "ClientError";
    public static final String WRONG_ACCOUNT = "WrongAccount";
    /** No credentials could be found for the account (neither configured nor in the SDK's default chain). */
    public static final String NO_CREDENTIALS = "NoCredentials";

    private final String account;
    private final String service;
    private final String operation;
    private final String errorCode;
    private final String requestId;
    private final int httpStatus;
    private final boolean throttling;
    private final String awsMessage;

    public AwsCallFailed(
            AwsCall call, String errorCode, String message, String requestId, int httpStatus, boolean throttling) {
        super(call.service() + ":" + call.operation() + " in account " + call.account() + " failed: " + errorCode + ": "
                + message + (requestId == null ? "" : " (request id " + requestId + ")"));
        this.account = call.account();
        this.service = call.service();
        this.operation = call.operation();
        this.errorCode = errorCode;
        this.requestId = requestId;
        this.httpStatus = httpStatus;
        this.throttling = throttling;
        this.awsMessage = message;
    }

    public String account() {
        return account;
    }

    public String service() {
        return service;
    }

    public String operation() {
        return operation;
    }

    public String errorCode() {
        return errorCode;
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** AWS asked us to slow down (the SDK has already retried it as far as its retry mode allows). */
    public boolean throttled() {
        return throttling;
    }

    /**
     * IAM refused a principal it cannot resolve yet: right after a role is created, for a few seconds
     * (DESIGN.md "AWS access"), or for good when the role does not exist.
     */
    public boolean invalidPrincipal() {
        return "MalformedPolicyDocument".equals(errorCode) && getMessage().contains("Invalid principal in policy");
    }

    public boolean accessDenied() {
        return errorCode != null && (errorCode.startsWith("AccessDenied") || "UnauthorizedOperation".equals(errorCode));
    }

    public boolean notFound() {
        return "NoSuchEntity".equals(errorCode) || "ResourceNotFoundException".equals(errorCode);
    }

    public boolean wrongAccount() {
        return WRONG_ACCOUNT.equals(errorCode);
    }

    /**
     * Key in {@code aws-messages.properties} for what a person should read about this failure; its
     * arguments are {@link #messageArguments()}.
     */
    public String messageCode() {
        if (wrongAccount()) {
            return "aws.error.wrongAccount";
        }
        if (NO_CREDENTIALS.equals(errorCode)) {
            return "aws.error.noCredentials";
        }
        if (CLIENT_ERROR.equals(errorCode)) {
            return "aws.error.unreachable";
        }
        if (invalidPrincipal()) {
            return "aws.error.invalidPrincipal";
        }
        if (accessDenied()) {
            return "RegisterTaskDefinition".equals(operation) ? "aws.error.passRole" : "aws.error.accessDenied";
        }
        if (throttled()) {
            return "aws.error.throttled";
        }
        if ("DeleteConflict".equals(errorCode)) {
            return "aws.error.deleteConflict";
        }
        return notFound() ? "aws.error.notFound" : "aws.error.other";
    }

    /** {0} account, {1} service, {2} operation, {3} error code, {4} AWS's message, {5} request id. */
    public Object[] messageArguments() {
        return new Object[] {account, service, operation, errorCode, awsMessage, requestId == null ? "-" : requestId};
    }
}
