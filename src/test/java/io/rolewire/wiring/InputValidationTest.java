package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation of the parts every workload has: region, accounts, roles, managed policies. */
class InputValidationTest {

    private final Wiring wiring = new Wiring();

    private List<Violation> violationsOf(WiringInputs inputs) {
        return wiring.validate(inputs.build());
    }

    @Test
    void seed003WithTwelveDigitAccountsIsValid() {
        assertThat(violationsOf(WiringInputs.seed003())).isEmpty();
    }

    @Test
    void seed002Ec2VariantIsValid() {
        assertThat(violationsOf(WiringInputs.seed002())).isEmpty();
    }

    @Test
    void nullInputIsAViolationNotAnException() {
        assertThat(wiring.validate(null)).extracting(Violation::field).containsExactly("workload");
    }

    @Test
    void missingSourceAndDestinationGiveRequiredOnEachOfTheirFields() {
        WiringInput input = new WiringInput(
                Workload.ECS_TASK,
                "us-east-1",
                null,
                null,
                WiringInputs.seed003().build().ecs(),
                null);

        assertThat(wiring.validate(input))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple("source.accountId", "wiring.required"),
                        tuple("source.roleName", "wiring.required"),
                        tuple("destination.accountId", "wiring.required"),
                        tuple("destination.roleName", "wiring.required"));
    }

    @Test
    void missingWorkloadAndRegionAreRequired() {
        assertThat(violationsOf(WiringInputs.seed003().workload(null).region(" ")))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("region", "wiring.required"), tuple("workload", "wiring.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-east-3", "US-EAST-1", "eu-west", "global"})
    void unknownRegionIsRejected(String region) {
        assertThat(violationsOf(WiringInputs.seed003().region(region)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("region", "wiring.region.unknown"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ap-southeast-7", "mx-central-1", "us-gov-west-1", "cn-northwest-1", "il-central-1"})
    void everyListedRegionIsAccepted(String region) {
        assertThat(violationsOf(WiringInputs.seed003().region(region))).isEmpty();
    }

    @Test
    void accountIdWithLettersSaysItIsTwelveDigits() {
        List<Violation> violations = violationsOf(WiringInputs.seed003().source("11112222333a", "role", false));

        assertThat(violations)
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("source.accountId", "wiring.accountId.digits"));
        assertThat(violations.get(0).defaultMessage())
                .contains("exactly 12 digits")
                .contains("'11112222333a'");
    }

    @Test
    void elevenDigitAccountIdIsRejected() {
        assertThat(violationsOf(WiringInputs.seed003().destination("55556666777", "role")))
                .extracting(Violation::field, Violation::defaultMessage)
                .containsExactly(tuple(
                        "destination.accountId", "An AWS account ID is exactly 12 digits; '55556666777' has 11."));
    }

    @Test
    void roleNameOverSixtyFourCharactersIsRejectedWithItsLength() {
        String name = "r".repeat(65);

        List<Violation> violations =
                violationsOf(WiringInputs.seed003().source(WiringInputs.SOURCE_ACCOUNT, name, false));

        assertThat(violations)
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("source.roleName", "wiring.roleName.format"));
        assertThat(violations.get(0).args()).containsExactly(name, "65", "64");
    }

    @Test
    void roleNameMayUseEveryCharacterIamAllows() {
        assertThat(violationsOf(WiringInputs.seed003().destination("555566667777", "a_b+c=d,e.f@g-h")))
                .isEmpty();
    }

    @Test
    void sourceRoleAsDestinationIsRejectedOnTheDestinationRoleName() {
        WiringInputs sameRole = WiringInputs.seed003().destination(WiringInputs.SOURCE_ACCOUNT, "MY-ecs-TASK-role");

        assertThat(violationsOf(sameRole))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("destination.roleName", "wiring.destination.sameAsSource"));
    }

    @Test
    void sameRoleNameInAnotherAccountIsADifferentRole() {
        assertThat(violationsOf(WiringInputs.seed003().destination("555566667777", WiringInputs.SOURCE_ROLE)))
                .isEmpty();
    }

    @Test
    void managedPolicyArnsMustBeIamPolicyArnsOfTheRegionsPartition() {
        WiringInputs inputs = WiringInputs.seed003()
                .createDestinationRole(
                        "arn:aws:iam::aws:policy/ReadOnlyAccess",
                        "arn:aws:iam::555566667777:policy/team/app-reader",
                        "ReadOnlyAccess",
                        "arn:aws:iam::aws:role/ReadOnlyAccess",
                        "arn:aws-cn:iam::aws:policy/ReadOnlyAccess");

        assertThat(violationsOf(inputs))
                .extracting(Violation::field, Violation::code, v -> v.args().get(0))
                .containsExactly(
                        tuple("destination.managedPolicyArns", "wiring.arn.format", "ReadOnlyAccess"),
                        tuple(
                                "destination.managedPolicyArns",
                                "wiring.arn.format",
                                "arn:aws:iam::aws:role/ReadOnlyAccess"),
                        tuple(
                                "destination.managedPolicyArns",
                                "wiring.arn.partition",
                                "arn:aws-cn:iam::aws:policy/ReadOnlyAccess"));
    }

    @Test
    void chinaRegionWantsAwsCnPolicyArns() {
        WiringInputs inputs = WiringInputs.seed003()
                .region("cn-north-1")
                .createDestinationRole("arn:aws-cn:iam::aws:policy/ReadOnlyAccess");

        assertThat(violationsOf(inputs)).isEmpty();
    }
}
