package io.rolewire.web.roles;

import jakarta.validation.constraints.Size;

/** The role ARN as typed; whether it is one is the wiring core's {@code RoleArn.parse}. */
record RoleQuery(
        @Size(max = 2048, message = "{roles.arn.tooLong}") String arn) {

    boolean given() {
        return arn != null && !arn.isBlank();
    }
}
