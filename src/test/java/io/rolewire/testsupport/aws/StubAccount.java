package io.rolewire.testsupport.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one fake account: roles (with trust policies, RoleIds, inline and attached policies,
 * tags), instance profiles and task definition revisions. Seed it with {@code given...} before a test.
 */
public final class StubAccount {

    private final String id;
    private final String region;
    private final Object lock;
    private final Map<String, StubRole> roles = new LinkedHashMap<>();
    private final Map<String, List<String>> instanceProfiles = new LinkedHashMap<>();
    private final Map<String, List<StubTaskDefinition>> taskDefinitions = new LinkedHashMap<>();
    private int roleCounter;

    StubAccount(String id, String region, Object lock) {
        this.id = id;
        this.region = region;
        this.lock = lock;
    }

    public String id() {
        return id;
    }

    public StubRole givenRole(String name, String trustPolicy) {
        synchronized (lock) {
            roleCounter++;
            String roleId = "AROA" + id + String.format("%05d", roleCounter);
            StubRole role = new StubRole(name, roleArn(name), roleId, trustPolicy);
            roles.put(name, role);
            return role;
        }
    }

    public StubTaskDefinition givenTaskDefinition(String family, String taskRoleArn, String executionRoleArn) {
        synchronized (lock) {
            return register(family, taskRoleArn, executionRoleArn, "{}");
        }
    }

    public Optional<StubRole> role(String name) {
        synchronized (lock) {
            return Optional.ofNullable(roles.get(name));
        }
    }

    public Optional<List<String>> instanceProfile(String name) {
        synchronized (lock) {
            return Optional.ofNullable(instanceProfiles.get(name)).map(List::copyOf);
        }
    }

    public List<StubTaskDefinition> taskDefinitions(String family) {
        synchronized (lock) {
            return List.copyOf(taskDefinitions.getOrDefault(family, List.of()));
        }
    }

    public String roleArn(String name) {
        return "arn:aws:iam::" + id + ":role/" + name;
    }

    public String instanceProfileArn(String name) {
        return "arn:aws:iam::" + id + ":instance-profile/" + name;
    }

    Map<String, StubRole> roles() {
        return roles;
    }

    Map<String, List<String>> instanceProfiles() {
        return instanceProfiles;
    }

    StubTaskDefinition register(String family, String taskRoleArn, String executionRoleArn, String json) {
        List<StubTaskDefinition> revisions = taskDefinitions.computeIfAbsent(family, f -> new ArrayList<>());
        int revision = revisions.size() + 1;
        String arn = "arn:aws:ecs:" + region + ":" + id + ":task-definition/" + family + ":" + revision;
        StubTaskDefinition definition =
                new StubTaskDefinition(arn, family, revision, taskRoleArn, executionRoleArn, json);
        revisions.add(definition);
        return definition;
    }
}
