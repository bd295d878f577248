package io.rolewire.testsupport.aws;

import io.rolewire.aws.AccessCheck;
import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AttachedPolicies;
import io.rolewire.aws.AwsCall;
import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.AwsReceipt;
import io.rolewire.aws.AwsSessions;
import io.rolewire.aws.CallerIdentity;
import io.rolewire.aws.EcsRegistration;
import io.rolewire.aws.EcsTaskDefinitions;
import io.rolewire.aws.IamReads;
import io.rolewire.aws.IamWrites;
import io.rolewire.aws.LiveInlinePolicy;
import io.rolewire.aws.LiveInstanceProfile;
import io.rolewire.aws.LiveRole;
import io.rolewire.aws.LiveTaskDefinition;
import io.rolewire.aws.PolicyKind;
import io.rolewire.aws.PolicyValidation;
import io.rolewire.aws.PolicyValidator;
import io.rolewire.aws.Simulation;
import io.rolewire.aws.TaskDefinitionRevision;
import io.rolewire.wiring.AccountId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In-memory fakes of the {@code aws} ports for plain unit tests of the planner and the executor: IAM
 * roles, inline and managed policies, instance profiles and ECS task definitions per account, every
 * call recorded in order, and failures queued per operation. It knows nothing of IAM's rules beyond
 * what the ports promise (absent is empty, a duplicate create is EntityAlreadyExists): what AWS
 * itself enforces is tested against Floci.
 */
public final class InMemoryAccounts implements AwsSessions {

    private static final Pattern TASK_ROLE = Pattern.compile("\"taskRoleArn\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXECUTION_ROLE = Pattern.compile("\"executionRoleArn\"\\s*:\\s*\"([^\"]+)\"");

    /** One call as the port saw it. */
    public record Call(String account, String operation, String target) {}

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Deque<AwsCallFailed>> failures = new ConcurrentHashMap<>();
    private final AtomicInteger requestIds = new AtomicInteger();
    private final AtomicInteger opened = new AtomicInteger();

    @Override
    public AccountSession open(AccountId account, String region, String runId) {
        opened.incrementAndGet();
        return accounts.computeIfAbsent(account.value(), Account::new);
    }

    @Override
    public void close() {}

    /** The account's state, to arrange what exists before a test and to read what was written. */
    public Account account(String accountId) {
        return accounts.computeIfAbsent(accountId, Account::new);
    }

    /** The next {@code times} calls of {@code operation} (in any account) fail with {@code errorCode}. */
    public void fail(String operation, String errorCode, int times, boolean throttling) {
        Deque<AwsCallFailed> queue = failures.computeIfAbsent(operation, o -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            String message = "MalformedPolicyDocument".equals(errorCode) ? "Invalid principal in policy" : errorCode;
            synchronized (queue) {
                queue.add(new AwsCallFailed(
                        new AwsCall("any", "iam", operation), errorCode, message, "fake-failed-" + i, 400, throttling));
            }
        }
    }

    /** Failures not used up yet are dropped: calls succeed again. */
    public void clearFailures() {
        failures.clear();
    }

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public List<Call> calls(String operation) {
        return calls().stream().filter(c -> c.operation().equals(operation)).toList();
    }

    public int sessionsOpened() {
        return opened.get();
    }

    private String call(String account, String operation, String target) {
        synchronized (calls) {
            calls.add(new Call(account, operation, target));
        }
        Deque<AwsCallFailed> queue = failures.get(operation);
        if (queue != null) {
            AwsCallFailed failure;
            synchronized (queue) {
                failure = queue.poll();
            }
            if (failure != null) {
                throw new AwsCallFailed(
                        new AwsCall(account, "iam", operation),
                        failure.errorCode(),
                        failure.getMessage().contains("Invalid principal") ? "Invalid principal in policy" : "fault",
                        failure.requestId().orElse(null),
                        failure.httpStatus(),
                        failure.throttled());
            }
        }
        return "fake-" + requestIds.incrementAndGet();
    }

    /** One account: its resources, behind every port an account session offers. */
    public final class Account
            implements AccountSession, IamReads, IamWrites, EcsTaskDefinitions, EcsRegistration, PolicyValidator {

        private final String id;
        private final Map<String, String> trusts = new LinkedHashMap<>();
        private final Map<String, String> roleIds = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> inline = new LinkedHashMap<>();
        private final Map<String, List<String>> attached = new LinkedHashMap<>();
        private final Map<String, List<String>> profiles = new LinkedHashMap<>();
        private final Map<String, List<String>> taskDefinitions = new LinkedHashMap<>();
        private final java.util.Set<String> inactive = new java.util.HashSet<>();
        private final java.util.Set<String> denied = new java.util.HashSet<>();

        Account(String id) {
            this.id = id;
        }

        /** A role that exists before the test (made by someone else). */
        public synchronized Account withRole(String name, String trust) {
            trusts.put(name, trust);
            roleIds.put(name, "AROA" + name.hashCode());
            return this;
        }

        public synchronized Optional<String> trustOf(String role) {
            return Optional.ofNullable(trusts.get(role));
        }

        public synchronized Map<String, String> inlinePolicies(String role) {
            return Map.copyOf(inline.getOrDefault(role, Map.of()));
        }

        public synchronized List<String> attachedTo(String role) {
            return List.copyOf(attached.getOrDefault(role, List.of()));
        }

        public synchronized List<String> revisions(String family) {
            return List.copyOf(taskDefinitions.getOrDefault(family, List.of()));
        }

        @Override
        public String accountId() {
            return id;
        }

        @Override
        public CallerIdentity callerIdentity() {
            return new CallerIdentity(id, "arn:aws:iam::" + id + ":role/deployer", call(id, "GetCallerIdentity", id));
        }

        @Override
        public CallerIdentity requireAccount() {
            return callerIdentity();
        }

        @Override
        public IamReads iam() {
            return this;
        }

        @Override
        public IamWrites iamWrites() {
            return this;
        }

        @Override
        public EcsTaskDefinitions ecs() {
            return this;
        }

        @Override
        public EcsRegistration ecsWrites() {
            return this;
        }

        @Override
        public PolicyValidator policyValidator() {
            return this;
        }

        @Override
        public Optional<LiveRole> role(String roleName) {
            String requestId = call(id, "GetRole", roleName);
            synchronized (this) {
                return Optional.ofNullable(trusts.get(roleName))
                        .map(trust -> new LiveRole(roleName, arn(roleName), roleIds.get(roleName), trust, requestId));
            }
        }

        @Override
        public Optional<LiveInlinePolicy> rolePolicy(String roleName, String policyName) {
            String requestId = call(id, "GetRolePolicy", roleName + "/" + policyName);
            synchronized (this) {
                return Optional.ofNullable(
                                inline.getOrDefault(roleName, Map.of()).get(policyName))
                        .map(document -> new LiveInlinePolicy(roleName, policyName, document, requestId));
            }
        }

        @Override
        public AttachedPolicies attachedPolicies(String roleName) {
            String requestId = call(id, "ListAttachedRolePolicies", roleName);
            synchronized (this) {
                if (!trusts.containsKey(roleName)) {
                    throw new AwsCallFailed(
                            new AwsCall(id, "iam", "ListAttachedRolePolicies"),
                            "NoSuchEntity",
                            "no role " + roleName,
                            requestId,
                            404,
                            false);
                }
                return new AttachedPolicies(roleName, attached.getOrDefault(roleName, List.of()), requestId);
            }
        }

        @Override
        public Optional<LiveInstanceProfile> instanceProfile(String name) {
            String requestId = call(id, "GetInstanceProfile", name);
            synchronized (this) {
                return Optional.ofNullable(profiles.get(name))
                        .map(roles -> new LiveInstanceProfile(name, profileArn(name), List.copyOf(roles), requestId));
            }
        }

        /** Allowed while the principal's role exists, unless it has inline policies and none names the resource. */
        @Override
        public Simulation simulate(String principalArn, String action, String resourceArn) {
            String requestId = call(id, "SimulatePrincipalPolicy", principalArn);
            String roleName = principalArn.substring(principalArn.lastIndexOf('/') + 1);
            boolean allowed;
            synchronized (this) {
                Map<String, String> policies = inline.getOrDefault(roleName, Map.of());
                allowed = trusts.containsKey(roleName)
                        && (policies.isEmpty() || policies.values().stream().anyMatch(p -> p.contains(resourceArn)));
                allowed = allowed && !denied.contains(roleName);
            }
            return new Simulation(
                    principalArn, action, resourceArn, allowed ? "allowed" : "implicitDeny", List.of(), requestId);
        }

        /** The simulator denies this role from now on (its identity policies changed elsewhere). */
        public synchronized Account denying(String roleName) {
            denied.add(roleName);
            return this;
        }

        @Override
        public AwsReceipt deleteRolePolicy(String roleName, String policyName) {
            String requestId = call(id, "DeleteRolePolicy", roleName + "/" + policyName);
            synchronized (this) {
                if (inline.getOrDefault(roleName, Map.of()).remove(policyName) == null) {
                    throw noSuchEntity("DeleteRolePolicy", roleName + "/" + policyName, requestId);
                }
            }
            return receipt("DeleteRolePolicy", arn(roleName), requestId);
        }

        @Override
        public AwsReceipt detachRolePolicy(String roleName, String policyArn) {
            String requestId = call(id, "DetachRolePolicy", roleName + " " + policyArn);
            synchronized (this) {
                if (!attached.getOrDefault(roleName, new ArrayList<>()).remove(policyArn)) {
                    throw noSuchEntity("DetachRolePolicy", policyArn, requestId);
                }
            }
            return receipt("DetachRolePolicy", arn(roleName), requestId);
        }

        @Override
        public AwsReceipt removeRoleFromInstanceProfile(String instanceProfileName, String roleName) {
            String requestId = call(id, "RemoveRoleFromInstanceProfile", instanceProfileName);
            synchronized (this) {
                if (!profiles.getOrDefault(instanceProfileName, new ArrayList<>())
                        .remove(roleName)) {
                    throw noSuchEntity("RemoveRoleFromInstanceProfile", instanceProfileName, requestId);
                }
            }
            return receipt("RemoveRoleFromInstanceProfile", profileArn(instanceProfileName), requestId);
        }

        @Override
        public AwsReceipt deleteInstanceProfile(String name) {
            String requestId = call(id, "DeleteInstanceProfile", name);
            synchronized (this) {
                List<String> roles = profiles.get(name);
                if (roles == null) {
                    throw noSuchEntity("DeleteInstanceProfile", name, requestId);
                }
                if (!roles.isEmpty()) {
                    throw conflict("DeleteInstanceProfile", "profile holds " + roles, requestId);
                }
                profiles.remove(name);
            }
            return receipt("DeleteInstanceProfile", profileArn(name), requestId);
        }

        /** Refused like IAM while the role has inline or attached policies or sits in a profile. */
        @Override
        public AwsReceipt deleteRole(String roleName) {
            String requestId = call(id, "DeleteRole", roleName);
            synchronized (this) {
                requireRole(roleName, "DeleteRole", requestId);
                boolean inProfile = profiles.values().stream().anyMatch(r -> r.contains(roleName));
                if (!inline.getOrDefault(roleName, Map.of()).isEmpty()
                        || !attached.getOrDefault(roleName, List.of()).isEmpty()
                        || inProfile) {
                    throw conflict("DeleteRole", "role " + roleName + " still has policies or a profile", requestId);
                }
                trusts.remove(roleName);
                roleIds.remove(roleName);
                inline.remove(roleName);
                attached.remove(roleName);
            }
            return receipt("DeleteRole", arn(roleName), requestId);
        }

        /** The revision's ARN ends with its number: {@code family:N}. */
        @Override
        public Optional<TaskDefinitionRevision> revision(String revisionArn) {
            String requestId = call(id, "DescribeTaskDefinition", revisionArn);
            synchronized (this) {
                if (!known(revisionArn)) {
                    return Optional.empty();
                }
                return Optional.of(new TaskDefinitionRevision(revisionArn, !inactive.contains(revisionArn), requestId));
            }
        }

        @Override
        public AwsReceipt deregister(String revisionArn) {
            String requestId = call(id, "DeregisterTaskDefinition", revisionArn);
            synchronized (this) {
                if (!known(revisionArn)) {
                    throw new AwsCallFailed(
                            new AwsCall(id, "ecs", "DeregisterTaskDefinition"),
                            "ClientException",
                            "Unable to describe task definition",
                            requestId,
                            400,
                            false);
                }
                inactive.add(revisionArn);
            }
            return new AwsReceipt(new AwsCall(id, "ecs", "DeregisterTaskDefinition"), revisionArn, requestId);
        }

        public synchronized boolean inactive(String revisionArn) {
            return inactive.contains(revisionArn);
        }

        public synchronized boolean hasRole(String roleName) {
            return trusts.containsKey(roleName);
        }

        public synchronized boolean hasProfile(String name) {
            return profiles.containsKey(name);
        }

        private boolean known(String revisionArn) {
            int colon = revisionArn.lastIndexOf(':');
            int slash = revisionArn.lastIndexOf('/');
            if (colon < slash || slash < 0) {
                return false;
            }
            String family = revisionArn.substring(slash + 1, colon);
            int number = Integer.parseInt(revisionArn.substring(colon + 1));
            return number >= 1
                    && number <= taskDefinitions.getOrDefault(family, List.of()).size();
        }

        private AwsCallFailed noSuchEntity(String operation, String what, String requestId) {
            return new AwsCallFailed(
                    new AwsCall(id, "iam", operation), "NoSuchEntity", "no " + what, requestId, 404, false);
        }

        private AwsCallFailed conflict(String operation, String message, String requestId) {
            return new AwsCallFailed(
                    new AwsCall(id, "iam", operation), "DeleteConflict", message, requestId, 409, false);
        }

        @Override
        public LiveRole createRole(String roleName, String trustPolicy, String runId) {
            String requestId = call(id, "CreateRole", roleName);
            synchronized (this) {
                if (trusts.containsKey(roleName)) {
                    throw new AwsCallFailed(
                            new AwsCall(id, "iam", "CreateRole"),
                            "EntityAlreadyExists",
                            "role exists",
                            requestId,
                            409,
                            false);
                }
                withRole(roleName, trustPolicy);
                return new LiveRole(roleName, arn(roleName), roleIds.get(roleName), trustPolicy, requestId);
            }
        }

        @Override
        public AwsReceipt putRolePolicy(String roleName, String policyName, String document) {
            String requestId = call(id, "PutRolePolicy", roleName + "/" + policyName);
            synchronized (this) {
                requireRole(roleName, "PutRolePolicy", requestId);
                inline.computeIfAbsent(roleName, r -> new LinkedHashMap<>()).put(policyName, document);
            }
            return receipt("PutRolePolicy", arn(roleName), requestId);
        }

        @Override
        public AwsReceipt attachRolePolicy(String roleName, String policyArn) {
            String requestId = call(id, "AttachRolePolicy", roleName + " " + policyArn);
            synchronized (this) {
                requireRole(roleName, "AttachRolePolicy", requestId);
                List<String> policies = attached.computeIfAbsent(roleName, r -> new ArrayList<>());
                if (!policies.contains(policyArn)) {
                    policies.add(policyArn);
                }
            }
            return receipt("AttachRolePolicy", arn(roleName), requestId);
        }

        @Override
        public AwsReceipt updateAssumeRolePolicy(String roleName, String trustPolicy) {
            String requestId = call(id, "UpdateAssumeRolePolicy", roleName);
            synchronized (this) {
                requireRole(roleName, "UpdateAssumeRolePolicy", requestId);
                trusts.put(roleName, trustPolicy);
            }
            return receipt("UpdateAssumeRolePolicy", arn(roleName), requestId);
        }

        @Override
        public LiveInstanceProfile createInstanceProfile(String name) {
            String requestId = call(id, "CreateInstanceProfile", name);
            synchronized (this) {
                profiles.putIfAbsent(name, new ArrayList<>());
            }
            return new LiveInstanceProfile(name, profileArn(name), List.of(), requestId);
        }

        @Override
        public AwsReceipt addRoleToInstanceProfile(String instanceProfileName, String roleName) {
            String requestId = call(id, "AddRoleToInstanceProfile", instanceProfileName);
            synchronized (this) {
                requireRole(roleName, "AddRoleToInstanceProfile", requestId);
                profiles.computeIfAbsent(instanceProfileName, p -> new ArrayList<>())
                        .add(roleName);
            }
            return receipt("AddRoleToInstanceProfile", profileArn(instanceProfileName), requestId);
        }

        @Override
        public Optional<LiveTaskDefinition> latest(String family) {
            String requestId = call(id, "DescribeTaskDefinition", family);
            synchronized (this) {
                List<String> revisions = taskDefinitions.getOrDefault(family, List.of());
                for (int revision = revisions.size(); revision >= 1; revision--) {
                    LiveTaskDefinition definition =
                            definition(family, revision, revisions.get(revision - 1), requestId);
                    if (!inactive.contains(definition.arn())) {
                        return Optional.of(definition); // the latest ACTIVE one
                    }
                }
                return Optional.empty();
            }
        }

        @Override
        public LiveTaskDefinition register(String taskDefinitionJson) {
            String family = taskDefinitionJson.replaceAll("(?s).*\"family\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            String requestId = call(id, "RegisterTaskDefinition", family);
            synchronized (this) {
                List<String> revisions = taskDefinitions.computeIfAbsent(family, f -> new ArrayList<>());
                revisions.add(taskDefinitionJson);
                return definition(family, revisions.size(), taskDefinitionJson, requestId);
            }
        }

        @Override
        public PolicyValidation validate(String document, PolicyKind kind) {
            String requestId = call(id, "ValidatePolicy", kind.name());
            return new PolicyValidation(PolicyValidation.Status.VALIDATED, List.of(), null, requestId);
        }

        /** Access Analyzer's custom checks pass here: what they answer otherwise is tested over the stub. */
        @Override
        public AccessCheck checkNoNewAccess(String newTrust, String existingTrust) {
            String requestId = call(id, "CheckNoNewAccess", "trust");
            return new AccessCheck(
                    "CheckNoNewAccess", PolicyValidation.Status.VALIDATED, true, null, List.of(), null, requestId);
        }

        @Override
        public AccessCheck checkNoPublicAccess(String trust) {
            String requestId = call(id, "CheckNoPublicAccess", "trust");
            return new AccessCheck(
                    "CheckNoPublicAccess", PolicyValidation.Status.VALIDATED, true, null, List.of(), null, requestId);
        }

        private void requireRole(String roleName, String operation, String requestId) {
            if (!trusts.containsKey(roleName)) {
                throw new AwsCallFailed(
                        new AwsCall(id, "iam", operation),
                        "NoSuchEntity",
                        "no role " + roleName,
                        requestId,
                        404,
                        false);
            }
        }

        private LiveTaskDefinition definition(String family, int revision, String document, String requestId) {
            return new LiveTaskDefinition(
                    "arn:aws:ecs:eu-west-1:" + id + ":task-definition/" + family + ":" + revision,
                    family,
                    revision,
                    group(TASK_ROLE, document),
                    group(EXECUTION_ROLE, document),
                    document,
                    requestId);
        }

        private AwsReceipt receipt(String operation, String target, String requestId) {
            return new AwsReceipt(new AwsCall(id, "iam", operation), target, requestId);
        }

        private String arn(String roleName) {
            return "arn:aws:iam::" + id + ":role/" + roleName;
        }

        private String profileArn(String name) {
            return "arn:aws:iam::" + id + ":instance-profile/" + name;
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
