package io.rolewire.wiring;

import static io.rolewire.wiring.GoldenJson.assertSemanticallyEqual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** An end of access: rendered into our trust statement, checked against the clock at input time. */
class AccessUntilTest {

    private static final Instant NOW = Instant.parse("2027-01-01T12:00:00Z");
    private static final Instant END = Instant.parse("2027-01-31T00:00:00Z");

    private final Wiring wiring = new Wiring(Clock.fixed(NOW, ZoneOffset.UTC));

    private Preview preview(Instant until) {
        return wiring.preview(WiringInputs.seed003().accessUntil(until).build());
    }

    private static String trust(Preview preview) {
        return preview.document(DocumentKeys.DESTINATION_TRUST_POLICY)
                .orElseThrow()
                .content();
    }

    @Test
    void destinationTrustCarriesTheEndAsDateLessThanCurrentTime() {
        Preview preview = preview(END);

        assertThat(preview.violations()).isEmpty();
        assertSemanticallyEqual(trust(preview), "seed003-destination-trust-policy-access-until.json");
    }

    @Test
    void withoutAnEndTheTrustIsStillExactlyTheSeeds() {
        assertSemanticallyEqual(trust(preview(null)), "seed003-destination-trust-policy.json");
    }

    @Test
    void theEndIsKeptToWholeSecondsAsTheConditionShowsIt() {
        WiringInput input =
                WiringInputs.seed003().accessUntil(END.plusMillis(999)).build();

        assertThat(input.accessUntil()).isEqualTo(END);
        assertThat(trust(wiring.preview(input))).contains("\"aws:CurrentTime\": \"2027-01-31T00:00:00Z\"");
    }

    @Test
    void theEndIsPartOfThePlanHash() {
        assertThat(preview(END).planHash())
                .isNotEqualTo(preview(null).planHash())
                .isNotEqualTo(preview(END.plus(Duration.ofDays(1))).planHash())
                .isEqualTo(preview(END).planHash());
    }

    @Test
    void theScriptForAnExistingRoleShowsTheStatementWithItsEnd() {
        Preview preview = preview(END);

        assertThat(preview.document(DocumentKeys.CLI_SCRIPT).orElseThrow().content())
                .contains("{\"DateLessThan\":{\"aws:CurrentTime\":\"2027-01-31T00:00:00Z\"}}");
    }

    @Test
    void anEndInThePastIsAViolationOnAccessUntilNamingBothTimes() {
        Preview preview = preview(NOW.minus(Duration.ofDays(1)));

        assertThat(preview.valid()).isFalse();
        assertThat(preview.documents()).isEmpty();
        assertThat(preview.violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("accessUntil", "wiring.accessUntil.past"));
        assertThat(preview.violations().get(0).defaultMessage())
                .contains("2026-12-31T12:00:00Z", "2027-01-01T12:00:00Z", "already passed");
    }

    @Test
    void anEndNowIsAlreadyPast() {
        assertThat(wiring.validate(WiringInputs.seed003().accessUntil(NOW).build()))
                .extracting(Violation::code)
                .containsExactly("wiring.accessUntil.past");
    }

    @Test
    void anEndLessThanFifteenMinutesAheadIsTooSoon() {
        Preview preview = preview(NOW.plus(Duration.ofMinutes(14)));

        assertThat(preview.violations())
                .extracting(Violation::field, Violation::code, Violation::defaultMessage)
                .containsExactly(tuple(
                        "accessUntil",
                        "wiring.accessUntil.tooSoon",
                        "The access would end at 2027-01-01T12:14:00Z, less than 15 minutes from now: too soon to"
                                + " approve and apply the wiring. Choose a later date and time in UTC."));
    }

    @Test
    void anEndFifteenMinutesAheadIsAccepted() {
        assertThat(preview(NOW.plus(Duration.ofMinutes(15))).valid()).isTrue();
    }

    @Test
    void anEndMoreThanAYearAheadIsAcceptedWithAWarning() {
        Preview preview = preview(NOW.plus(Duration.ofDays(400)));

        assertThat(preview.valid()).isTrue();
        assertThat(preview.findings())
                .filteredOn(f -> f.code().equals(FindingCodes.ACCESS_UNTIL_DISTANT))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("2028-02-05T12:00:00Z", "Check the year");
                });
    }

    @Test
    void anEndWithinAYearGivesNoWarning() {
        assertThat(preview(NOW.plus(Duration.ofDays(300))).findings())
                .extracting(Finding::code)
                .doesNotContain(FindingCodes.ACCESS_UNTIL_DISTANT);
    }

    @Test
    void theMergeAtApplyTimeDoesNotCheckTheClock() {
        WiringInput endedMeanwhile =
                WiringInputs.seed003().accessUntil(NOW.minusSeconds(60)).build();

        MergeResult merged = wiring.mergeDestinationTrust(
                TrustDocs.policy(TrustDocs.allowAws("arn:aws:iam::999988887777:role/ci"))
                        .toString(),
                endedMeanwhile);

        assertThat(merged.refused()).isFalse();
        assertThat(merged.document()).contains("2027-01-01T11:59:00Z");
    }
}
