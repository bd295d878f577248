package io.rolewire.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.testsupport.aws.ProxiedCall;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The critical path over recorded calls (times in ms, as nanoseconds in the records). */
class CriticalPathTest {

    static final String SOURCE = "111122223333";
    static final String DESTINATION = "555566667777";
    static final String SOURCE_ARN = "arn:aws:iam::" + SOURCE + ":role/task";

    @Test
    void sessionPlanAndTheNewSourceRoleNamedByTheDestinationTrustMakeTheChain() {
        List<ProxiedCall> calls = List.of(
                call(SOURCE, "GetCallerIdentity", Map.of(), 0, 100),
                call(DESTINATION, "GetCallerIdentity", Map.of(), 0, 100),
                call(SOURCE, "GetRole", Map.of("RoleName", "task"), 100, 200),
                call(DESTINATION, "GetRole", Map.of("RoleName", "cross"), 100, 200),
                call(SOURCE, "CreateRole", Map.of("RoleName", "task"), 200, 300),
                // the destination could have gone on, but waited for nothing: not on the path
                call(DESTINATION, "ListRoles", Map.of(), 200, 300),
                call(SOURCE, "PutRolePolicy", Map.of("RoleName", "task", "PolicyName", "p"), 300, 400),
                call(
                        DESTINATION,
                        "CreateRole",
                        Map.of("RoleName", "cross", "AssumeRolePolicyDocument", "{\"AWS\":\"" + SOURCE_ARN + "\"}"),
                        300,
                        400),
                call(DESTINATION, "GetRole", Map.of("RoleName", "cross"), 400, 500));

        CriticalPath.Chain chain = CriticalPath.of(calls);

        assertThat(chain.length()).isEqualTo(Duration.ofMillis(500));
        assertThat(chain.calls())
                .extracting(ProxiedCall::action, ProxiedCall::account)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("GetCallerIdentity", SOURCE),
                        org.assertj.core.groups.Tuple.tuple("GetRole", SOURCE),
                        org.assertj.core.groups.Tuple.tuple("CreateRole", SOURCE),
                        org.assertj.core.groups.Tuple.tuple("CreateRole", DESTINATION),
                        org.assertj.core.groups.Tuple.tuple("GetRole", DESTINATION));
    }

    @Test
    void callsMadeOneAfterTheOtherThatNeedNotWaitAreNotAChain() {
        List<ProxiedCall> calls = List.of(
                call(SOURCE, "GetRole", Map.of("RoleName", "a"), 0, 100),
                call(SOURCE, "GetRole", Map.of("RoleName", "b"), 100, 200),
                call(SOURCE, "GetRolePolicy", Map.of("RoleName", "a", "PolicyName", "p"), 200, 300));

        assertThat(CriticalPath.of(calls).length()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void aRetryWaitsForTheFailedAttempt() {
        ProxiedCall throttled = new ProxiedCall(
                "iam",
                "PutRolePolicy",
                SOURCE,
                SOURCE,
                Map.of("RoleName", "a"),
                "",
                ms(0),
                ms(100),
                400,
                "Throttling",
                "r",
                true);
        ProxiedCall retried = call(SOURCE, "PutRolePolicy", Map.of("RoleName", "a"), 150, 250);

        CriticalPath.Chain chain = CriticalPath.of(List.of(throttled, retried));

        assertThat(chain.length()).isEqualTo(Duration.ofMillis(200));
        assertThat(chain.actions()).isEqualTo("PutRolePolicy(Throttling) > PutRolePolicy");
    }

    @Test
    void aReadThatFoundNothingIsAnAnswerNotAnAttemptToRetry() {
        ProxiedCall nothing = new ProxiedCall(
                "iam",
                "GetRole",
                SOURCE,
                SOURCE,
                Map.of("RoleName", "a"),
                "",
                ms(0),
                ms(100),
                404,
                "NoSuchEntity",
                "r",
                false);
        ProxiedCall again = new ProxiedCall(
                "iam",
                "GetRole",
                SOURCE,
                SOURCE,
                Map.of("RoleName", "a"),
                "",
                ms(100),
                ms(200),
                404,
                "NoSuchEntity",
                "r",
                false);

        assertThat(CriticalPath.of(List.of(nothing, again)).length()).isEqualTo(Duration.ofMillis(100));
    }

    private static ProxiedCall call(
            String account, String action, Map<String, String> parameters, long start, long end) {
        String service = action.equals("GetCallerIdentity") ? "sts" : "iam";
        return new ProxiedCall(
                service, action, account, account, parameters, "", ms(start), ms(end), 200, null, "r", false);
    }

    private static long ms(long millis) {
        return Duration.ofMillis(millis).toNanos();
    }
}
