package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.RunEvent;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.FlociAccount;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The drift watch against Floci: what someone changes by hand after a run was wired is found, said
 * once with since when, moves the run as its verification goes, and clears when it is put back.
 */
class FlociDriftWatchTest extends FlociApplyContext {

    @Autowired
    DriftWatch drift;

    @Autowired
    EventLog eventLog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTrustStatementRemovedByHandIsDriftUntilItIsPutBack() {
        Scenario s = Scenario.of(38);
        Run run = appliedAndSettled(s.seed003(true, true));
        assertThat(run.status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(drift.checkNow(run.id())).as("as the run left it").isEmpty();
        String wired;
        try (IamClient destination = FlociAccount.root(s.destination()).iam()) {
            wired = destination
                    .getRole(r -> r.roleName(s.destinationRole()))
                    .role()
                    .assumeRolePolicyDocument();
            destination.updateAssumeRolePolicy(r -> r.roleName(s.destinationRole())
                    .policyDocument(
                            "{\"Version\":\"2012-10-17\",\"Statement\":[" + FlociApplyScenariosTest.KEEP_ME + "]}"));
        }

        DriftWatch.Drift found = drift.checkNow(run.id()).orElseThrow();
        Optional<DriftWatch.Drift> again = drift.checkNow(run.id());

        assertThat(found.changes())
                .anySatisfy(c -> assertThat(c).startsWith("destination.trust: UPDATE"))
                .anySatisfy(c -> assertThat(c).startsWith("verification trust:"));
        assertThat(again).hasValueSatisfying(d -> assertThat(d.since()).isEqualTo(found.since()));
        assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(RunStatus.VERIFICATION_FAILED);
        assertThat(kinds(run.id())).containsOnlyOnce("DRIFT_FOUND");
        assertThat(drift.drifted(100)).extracting(DriftWatch.Drift::runId).contains(run.id());

        try (IamClient destination = FlociAccount.root(s.destination()).iam()) {
            String original = URLDecoder.decode(wired, StandardCharsets.UTF_8);
            destination.updateAssumeRolePolicy(
                    r -> r.roleName(s.destinationRole()).policyDocument(original));
        }

        assertThat(drift.checkNow(run.id())).isEmpty();
        assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(kinds(run.id())).containsSubsequence("DRIFT_FOUND", "DRIFT_CLEARED");
        assertThat(drift.drifted(100)).extracting(DriftWatch.Drift::runId).doesNotContain(run.id());
    }

    @Test
    void anInlinePolicyEditedByHandIsDriftEvenWhileTheChainStillWorks() {
        Scenario s = Scenario.of(39);
        Run run = appliedAndSettled(s.seed003(true, true));
        try (IamClient source = FlociAccount.root(s.source()).iam()) {
            String name = source.listRolePolicies(r -> r.roleName(s.sourceRole()))
                    .policyNames()
                    .get(0);
            source.putRolePolicy(r -> r.roleName(s.sourceRole())
                    .policyName(name)
                    .policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Action\":[\"sts:AssumeRole\",\"s3:ListAllMyBuckets\"],\"Resource\":\"*\"}]}"));
        }

        DriftWatch.Drift found = drift.checkNow(run.id()).orElseThrow();

        assertThat(found.changes()).anySatisfy(c -> assertThat(c).startsWith("source.policy: UPDATE"));
        assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(kinds(run.id())).contains("DRIFT_FOUND");
    }

    @Test
    void aTaskDefinitionRevisionRegisteredByHandIsDrift() {
        Scenario s = Scenario.of(43);
        Run run = appliedAndSettled(s.seed003(true, true));
        try (EcsClient ecs = FlociAccount.root(s.source()).ecs()) {
            // the family's next revision, by hand, without the task role the wiring gave it
            ecs.registerTaskDefinition(r -> r.family(s.family())
                    .networkMode(NetworkMode.BRIDGE)
                    .requiresCompatibilities(Compatibility.EC2)
                    .containerDefinitions(
                            c -> c.name("test").image("another-image").memory(256)));
        }

        DriftWatch.Drift found = drift.checkNow(run.id()).orElseThrow();

        assertThat(found.changes()).anySatisfy(c -> assertThat(c).startsWith("task.definition: UPDATE"));
        assertThat(kinds(run.id())).contains("DRIFT_FOUND");
    }

    @Test
    void aSourceRoleRecreatedByHandLeavesItsOldIdInTheTrustAndIsDrift() {
        Scenario s = Scenario.of(44);
        Run run = appliedAndSettled(s.seed003(true, true));
        try (IamClient source = FlociAccount.root(s.source()).iam();
                IamClient destination = FlociAccount.root(s.destination()).iam()) {
            String oldId =
                    source.getRole(r -> r.roleName(s.sourceRole())).role().roleId();
            source.listRolePolicies(r -> r.roleName(s.sourceRole()))
                    .policyNames()
                    .forEach(name -> source.deleteRolePolicy(
                            r -> r.roleName(s.sourceRole()).policyName(name)));
            source.deleteRole(r -> r.roleName(s.sourceRole()));
            source.createRole(r -> r.roleName(s.sourceRole()).assumeRolePolicyDocument(ECS_TASKS_TRUST));
            // what IAM shows in a trust once the role it named is deleted: the old unique id. Floci
            // keeps the ARN, so the trust is written as IAM would show it.
            destination.updateAssumeRolePolicy(r -> r.roleName(s.destinationRole())
                    .policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Principal\":{\"AWS\":\"" + oldId + "\"},\"Action\":\"sts:AssumeRole\"}]}"));
        }

        DriftWatch.Drift found = drift.checkNow(run.id()).orElseThrow();

        assertThat(found.changes())
                .anySatisfy(c -> assertThat(c).startsWith("destination.trust: UPDATE"))
                .anySatisfy(c -> assertThat(c).startsWith("destination.trust: ").contains("AROA"))
                .anySatisfy(c -> assertThat(c).startsWith("source.policy: CREATE"));
        assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(RunStatus.VERIFICATION_FAILED);
    }

    @Test
    void theWatchChecksTheRunsDueAndOnlyWiredOnes() {
        Scenario s = Scenario.of(40);
        Run run = appliedAndSettled(s.seed003(true, true));

        int checked = 0;
        for (int look = 0; look < 50 && drift.of(run.id()).isEmpty() && !checkedOnce(run.id()); look++) {
            checked += drift.checkDue();
        }

        assertThat(checked).isPositive();
        assertThat(checkedOnce(run.id())).isTrue();
    }

    private boolean checkedOnce(long runId) {
        return jdbc.sql("select count(*) from drift_checks where run_id = :id")
                        .param("id", runId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private List<String> kinds(long runId) {
        return eventLog.eventsOf(runId).stream().map(RunEvent::type).toList();
    }
}
