package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.testsupport.Seed003;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Un-wire's inverse of the merge: our statement out, every other statement kept as it was. */
class TrustRemovalTest {

    private static final WiringInput INPUT = Seed003.input("eu-west-1", false);
    private static final String OURS = "arn:aws:iam::111122223333:role/my-ECS-task-role";
    private static final String OTHER = "arn:aws:iam::111122223333:role/other-task-role";
    private static final String SERVICE = """
            {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}""";

    private final Wiring wiring = new Wiring();

    @Test
    void removingWhatTheMergeAddedGivesBackTheOtherStatements() {
        String live = policy(SERVICE, allow(OTHER));
        String merged = wiring.mergeDestinationTrust(live, INPUT).document();

        StatementRemoval removal = wiring.removeDestinationStatement(merged, INPUT, merged);

        assertThat(removal.removed()).isTrue();
        assertThat(removal.leavesEmpty()).isFalse();
        assertThat(statements(removal.document())).isEqualTo(statements(live));
    }

    @Test
    void aTrustWithoutOurStatementIsLeftAsItIs() {
        String live = policy(SERVICE, allow(OTHER));

        StatementRemoval removal = wiring.removeDestinationStatement(live, INPUT, null);

        assertThat(removal.removed()).isFalse();
        assertThat(statements(removal.document())).isEqualTo(statements(live));
    }

    @Test
    void inAStatementSharedWithOtherPrincipalsOnlyOurPrincipalGoes() {
        String shared = """
                {"Effect": "Allow", "Principal": {"AWS": ["%s", "%s"]}, "Action": "sts:AssumeRole"}""".formatted(OURS, OTHER);

        StatementRemoval removal = wiring.removeDestinationStatement(policy(shared), INPUT, null);

        assertThat(removal.removed()).isTrue();
        assertThat(statements(removal.document())).isEqualTo(statements(policy(allow(OTHER))));
    }

    @Test
    void ourStatementWithConditionsIsOursWhenTheRunStoredIt() {
        String conditioned = """
                {"Effect": "Allow", "Principal": {"AWS": "%s"}, "Action": "sts:AssumeRole",
                 "Condition": {"StringEquals": {"sts:ExternalId": "partner-7"}}}""".formatted(OURS);
        String live = policy(SERVICE, conditioned);

        assertThat(wiring.removeDestinationStatement(live, INPUT, null).removed())
                .as("not ours without the stored document: it may be someone else's")
                .isFalse();
        StatementRemoval removal = wiring.removeDestinationStatement(live, INPUT, policy(conditioned));
        assertThat(removal.removed()).isTrue();
        assertThat(statements(removal.document())).isEqualTo(statements(policy(SERVICE)));
    }

    @Test
    void aStatementWhoseOnlyConditionIsAnEndOfAccessIsOursAsTheMergeSaysSo() {
        String ended = """
                {"Effect": "Allow", "Principal": {"AWS": "%s"}, "Action": "sts:AssumeRole",
                 "Condition": {"DateLessThan": {"aws:CurrentTime": "2027-01-01T00:00:00Z"}}}""".formatted(OURS);

        StatementRemoval removal = wiring.removeDestinationStatement(policy(SERVICE, ended), INPUT, null);

        assertThat(removal.removed()).isTrue();
        assertThat(statements(removal.document())).isEqualTo(statements(policy(SERVICE)));
    }

    @Test
    void aTrustWithOnlyOurStatementWouldBeLeftEmpty() {
        StatementRemoval removal = wiring.removeDestinationStatement(policy(allow(OURS)), INPUT, null);

        assertThat(removal.removed()).isTrue();
        assertThat(removal.leavesEmpty()).isTrue();
    }

    @Test
    void aDocumentThatIsNotATrustPolicyIsRefusedWithAFinding() {
        StatementRemoval removal = wiring.removeDestinationStatement("not json", INPUT, null);

        assertThat(removal.refused()).isTrue();
        assertThat(removal.findings()).extracting(Finding::code).containsExactly(FindingCodes.TRUST_POLICY_INVALID);
    }

    @Test
    void theUnwireDocumentReadsBackAsWritten() {
        Unwiring unwiring =
                new Unwiring(12, List.of(OURS), true, false, "arn:aws:ecs:eu-west-1:111122223333:task-definition/f:3");

        assertThat(Unwiring.of(List.of(unwiring.toDocument()))).contains(unwiring);
        assertThat(Unwiring.of(List.of())).isEmpty();
    }

    private static String allow(String principal) {
        return """
                {"Effect": "Allow", "Principal": {"AWS": "%s"}, "Action": "sts:AssumeRole"}""".formatted(principal);
    }

    private static String policy(String... statements) {
        return "{\"Version\": \"2012-10-17\", \"Statement\": [" + String.join(",", statements) + "]}";
    }

    private static List<JsonNode> statements(String policy) {
        return List.copyOf(Json.mapper().readTree(policy).path("Statement").values());
    }
}
