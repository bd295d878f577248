package io.rolewire.apply.internal;

import io.rolewire.apply.ApplyProperties;
import io.rolewire.apply.OrphanSweep;
import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.AwsSessions;
import io.rolewire.aws.LiveRole;
import io.rolewire.wiring.RoleArn;
import io.rolewire.wiring.Wiring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the live trust of every destination role a wired run (VERIFIED or VERIFICATION_FAILED)
 * names, once per role, and reports the principals IAM shows as unique IDs. Reads only.
 */
class OrphanSweeper implements OrphanSweep {

    /** More wired runs than this are not looked at in one sweep (the newest are). */
    static final int RUNS_READ = 10_000;

    private final JdbcClient jdbc;
    private final AwsSessions sessions;
    private final Wiring wiring;
    private final AwsText text;
    private final ApplyProperties properties;

    OrphanSweeper(JdbcClient jdbc, AwsSessions sessions, Wiring wiring, AwsText text, ApplyProperties properties) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.wiring = wiring;
        this.text = text;
        this.properties = properties;
    }

    private record WiredRun(long id, String region, String sourceAccount, String sourceRole) {

        String sourceRoleArn() {
            return RoleArn.of(region, sourceAccount, sourceRole).toString();
        }
    }

    private record DestinationRole(String account, String role) {}

    @Override
    public Result sweep() {
        if (!properties.awsAccess()) {
            return new Result(List.of(), List.of(text.of("apply.plan.awsAccessOff")), 0);
        }
        Map<DestinationRole, List<WiredRun>> wired = wiredRoles();
        List<Orphan> orphans = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        int read = 0;
        for (Map.Entry<DestinationRole, List<WiredRun>> entry : wired.entrySet()) {
            DestinationRole role = entry.getKey();
            try {
                Optional<LiveRole> live = sessions.open(
                                role.account(), entry.getValue().get(0).region(), null)
                        .iam()
                        .role(role.role());
                read++;
                live.ifPresent(found -> orphans.addAll(orphansOf(role, found.trustPolicy(), entry.getValue())));
            } catch (AwsCallFailed e) {
                unreadable.add(role.role() + " (" + role.account() + "): " + text.reach(e));
            } catch (RuntimeException e) {
                unreadable.add(
                        role.role() + " (" + role.account() + "): " + text.of("apply.plan.unreadable", role.account()));
            }
        }
        return new Result(orphans, unreadable, read);
    }

    private List<Orphan> orphansOf(DestinationRole role, String trust, List<WiredRun> runs) {
        List<String> principals = wiring.orphanedPrincipals(trust);
        if (principals.isEmpty()) {
            return List.of();
        }
        // the runs whose source role the trust no longer names by ARN: the likely owners of the orphan
        List<Long> suspects = runs.stream()
                .filter(run -> !trust.contains(run.sourceRoleArn()))
                .map(WiredRun::id)
                .toList();
        return principals.stream()
                .map(principal -> new Orphan(role.account(), role.role(), principal, suspects))
                .toList();
    }

    /** Newest run first within each role. */
    private Map<DestinationRole, List<WiredRun>> wiredRoles() {
        Map<DestinationRole, List<WiredRun>> roles = new LinkedHashMap<>();
        jdbc.sql("select id, region, source_account_id, source_role_name, destination_account_id,"
                        + " destination_role_name from runs where status in ('VERIFIED', 'VERIFICATION_FAILED')"
                        + " and undoes_run_id is null and undone_by_run_id is null"
                        + " order by id desc limit :limit")
                .param("limit", RUNS_READ)
                .query((rs, row) -> Map.entry(
                        new DestinationRole(
                                rs.getString("destination_account_id"), rs.getString("destination_role_name")),
                        new WiredRun(
                                rs.getLong("id"),
                                rs.getString("region"),
                                rs.getString("source_account_id"),
                                rs.getString("source_role_name"))))
                .list()
                .forEach(row -> roles.computeIfAbsent(row.getKey(), key -> new ArrayList<>())
                        .add(row.getValue()));
        return roles;
    }
}
