package io.rolewire.aws;

import java.util.List;

/** An instance profile and the roles in it (IAM allows at most one). */
public record LiveInstanceProfile(String name, String arn, List<String> roleNames, String requestId) {

    public LiveInstanceProfile {
        roleNames = List.copyOf(roleNames);
    }
}
