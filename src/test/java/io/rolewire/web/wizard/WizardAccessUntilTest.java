package io.rolewire.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.runs.Actor;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.WiringInput;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The optional end of access on the destination step: a UTC date and time, its errors next to the
 * field, and the preview saying when the access ends. Dates are far in the past or the future, so
 * the answers do not depend on when the test runs.
 */
class WizardAccessUntilTest extends WizardSliceTest {

    private static final String FUTURE = "2099-01-31T09:30";

    private ResultActions postDestination(UUID id, String accessUntil) throws Exception {
        return mvc.perform(post("/wizard/{id}/destination", id)
                .param("accountId", "555566667777")
                .param("roleName", "destination-account-role")
                .param("create", "false")
                .param("managedPolicyArns", "")
                .param("accessUntil", accessUntil)
                .with(csrf())
                .with(OPERATOR));
    }

    private static WizardState seed003Until(String accessUntil) {
        DestinationForm d = WizardStates.destination();
        return WizardStates.seed003()
                .withDestination(new DestinationForm(
                        d.accountId(), d.roleName(), d.create(), d.managedPolicyArns(), accessUntil));
    }

    @Test
    void theStepOffersAnOptionalUtcDateTimeFieldWithItsHint() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(get("/wizard/{id}/destination", id).with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("//input[@id='accessUntil']/@type").string("datetime-local"))
                .andExpect(xpath("//label[@for='accessUntil']").string("Access until (UTC, optional)"))
                .andExpect(xpath("//*[@id='accessUntil-hint']").string(containsString("in UTC, not your local time")))
                .andExpect(xpath("//input[@id='accessUntil']/@aria-describedby").string("accessUntil-hint"));
    }

    @Test
    void aFutureEndIsSavedAndBecomesTheInputsEndInUtc() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        postDestination(id, FUTURE)
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/wizard/" + id + "/details"));

        assertThat(saved(id).destination().accessUntil()).isEqualTo(FUTURE);
        assertThat(saved(id).toInput().accessUntil()).isEqualTo(Instant.parse("2099-01-31T09:30:00Z"));
    }

    @Test
    void anEmptyEndMeansNoEnd() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        postDestination(id, "").andExpect(status().isFound());

        assertThat(saved(id).toInput().accessUntil()).isNull();
    }

    @Test
    void anEndInThePastIsShownNextToTheFieldAndInTheSummary() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        postDestination(id, "2020-01-01T00:00")
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//*[@id='accessUntil-error'])")
                        .string(containsString(
                                "The access would end at 2020-01-01T00:00:00Z, which has already passed")))
                .andExpect(xpath("//input[@id='accessUntil']/@value").string("2020-01-01T00:00"))
                .andExpect(xpath("//input[@id='accessUntil']/@aria-invalid").string("true"))
                .andExpect(xpath("//*[@id='error-summary']//a/@href").string("#accessUntil"));

        assertThat(saved(id).destination().accessUntil()).isEmpty();
    }

    @Test
    void aDayThatDoesNotExistIsASyntaxErrorNotASilentNoEnd() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        postDestination(id, "2099-02-30T10:00")
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//*[@id='accessUntil-error'])")
                        .string("Enter a date and time in UTC that exists, such as 2027-01-31T09:30."));
    }

    @Test
    void markupTypedAsTheEndIsRefusedAndShownEscaped() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        postDestination(id, "<script>alert(1)</script>")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))))
                .andExpect(xpath("count(//*[@id='accessUntil-error'])").number(1.0));
    }

    @Test
    void thePreviewSaysWhenTheAccessEndsAndTheTrustCarriesIt() throws Exception {
        UUID id = draftOf(seed003Until(FUTURE));

        mvc.perform(get("/wizard/{id}/preview", id).with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//*[@id='access-until'])")
                        .string("Access ends 2099-01-31 09:30:00 UTC: from then on AWS refuses the assume."))
                .andExpect(xpath("//pre[@id='doc-destinationTrustPolicy']")
                        .string(containsString("\"aws:CurrentTime\": \"2099-01-31T09:30:00Z\"")));
    }

    @Test
    void aCopiedRunKeepsItsEndOfAccess() throws Exception {
        WiringInput input = seed003Until(FUTURE).toInput();
        Run run = new Run(7, RunStatus.VERIFIED, input, List.of(), List.of(), "hash", "operator", Instant.EPOCH);
        given(runs.find(7)).willReturn(Optional.of(run));

        String location = mvc.perform(post("/wizard/from-run/7").with(csrf()).with(OPERATOR))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        WizardState copied = store.load(UUID.fromString(location.split("/")[2]), new Actor("operator"));
        assertThat(copied.destination().accessUntil()).isEqualTo(FUTURE);
        assertThat(copied.toInput()).isEqualTo(input);
    }
}
