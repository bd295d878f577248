package io.rolewire.testsupport.aws;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A role in the stub's state; mutable, guarded by the stub's lock. */
public final class StubRole {

    private final String name;
    private final String arn;
    private final String roleId;
    private String trustPolicy;
    private final Map<String, String> inlinePolicies = new LinkedHashMap<>();
    private final Set<String> attachedPolicyArns = new LinkedHashSet<>();
    private final Map<String, String> tags = new LinkedHashMap<>();

    StubRole(String name, String arn, String roleId, String trustPolicy) {
        this.name = name;
        this.arn = arn;
        this.roleId = roleId;
        this.trustPolicy = trustPolicy;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public String roleId() {
        return roleId;
    }

    public String trustPolicy() {
        return trustPolicy;
    }

    void trustPolicy(String trustPolicy) {
        this.trustPolicy = trustPolicy;
    }

    public Map<String, String> inlinePolicies() {
        return inlinePolicies;
    }

    public Set<String> attachedPolicyArns() {
        return attachedPolicyArns;
    }

    public Map<String, String> tags() {
        return tags;
    }
}
