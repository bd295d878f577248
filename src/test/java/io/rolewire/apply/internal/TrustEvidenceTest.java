package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrustEvidenceTest {

    private static final String SOURCE = "arn:aws:iam::111122223333:role/my-ECS-task-role";

    @Test
    void anAllowStatementNamingExactlyTheSourceRolePasses() {
        String trust = policy("{\"Sid\":\"Wire\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"" + SOURCE
                + "\"]},\"Action\":\"sts:AssumeRole\"}");

        TrustEvidence.Result result = TrustEvidence.check(trust, SOURCE);

        assertThat(result.allows()).isTrue();
        assertThat(result.evidence()).contains("Wire", SOURCE);
    }

    @Test
    void anOrphanedRoleIdInsteadOfTheArnFailsAndIsNamed() {
        String trust = policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"AROAEXAMPLEID123\"},"
                + "\"Action\":\"sts:AssumeRole\"}");

        TrustEvidence.Result result = TrustEvidence.check(trust, SOURCE);

        assertThat(result.allows()).isFalse();
        assertThat(result.evidence()).contains("AROAEXAMPLEID123");
    }

    @Test
    void aDenyOrAnotherActionOrAnotherPrincipalDoesNotCount() {
        String trust = policy("{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"" + SOURCE
                + "\"},\"Action\":\"sts:AssumeRole\"},"
                + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + SOURCE + "\"},\"Action\":\"sts:TagSession\"},"
                + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:role/other\"},"
                + "\"Action\":\"sts:AssumeRole\"}");

        assertThat(TrustEvidence.check(trust, SOURCE).allows()).isFalse();
    }

    @Test
    void aConditionWeCannotEvaluateIsNotTakenAsSatisfied() {
        String trust = policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + SOURCE + "\"},"
                + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"x\"}}}");

        TrustEvidence.Result result = TrustEvidence.check(trust, SOURCE);

        assertThat(result.allows()).isFalse();
        assertThat(result.evidence()).contains("conditions", "ExternalId");
    }

    private static final String ENDING = "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + SOURCE + "\"},"
            + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"DateLessThan\":{\"aws:CurrentTime\":"
            + "\"2027-01-31T00:00:00Z\"}}}";

    @Test
    void anEndOfAccessStillAheadIsSatisfiedAndNamedInTheEvidence() {
        TrustEvidence.Result result =
                TrustEvidence.check(policy(ENDING), SOURCE, Instant.parse("2027-01-30T23:59:59Z"));

        assertThat(result.allows()).isTrue();
        assertThat(result.evidence()).contains(SOURCE, "until 2027-01-31T00:00:00Z");
    }

    @Test
    void anEndOfAccessThatHasPassedFailsNamingTheEnd() {
        TrustEvidence.Result result =
                TrustEvidence.check(policy(ENDING), SOURCE, Instant.parse("2027-01-31T00:00:00Z"));

        assertThat(result.allows()).isFalse();
        assertThat(result.evidence()).contains("end of access that has passed", "2027-01-31T00:00:00Z");
    }

    @Test
    void anEndOfAccessBesideAnotherConditionIsStillNotEvaluated() {
        String trust = policy(ENDING.replace("}}}", "},\"StringEquals\":{\"sts:ExternalId\":\"x\"}}}"));

        assertThat(TrustEvidence.check(trust, SOURCE, Instant.parse("2027-01-01T00:00:00Z"))
                        .allows())
                .isFalse();
    }

    private static String policy(String statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
    }
}
