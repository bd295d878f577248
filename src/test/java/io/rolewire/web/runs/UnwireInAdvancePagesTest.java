package io.rolewire.web.runs;

import static io.rolewire.testsupport.RunsWithAccessUntil.withAccessUntil;
import static io.rolewire.web.runs.ApplyFixtures.APPROVER;
import static io.rolewire.web.runs.ApplyFixtures.runIn;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "Approve the un-wire at expiry in advance" (ADR 019): offered on the approval of a run with an end
 * of access, posted with the approval, admins only, and shown on the run page once approved.
 */
class UnwireInAdvancePagesTest extends RunPageSliceTest {

    private static final Instant END = Instant.parse("2099-01-31T00:00:00Z");

    private static Run ending(Run run) {
        return withAccessUntil(run, END);
    }

    @Test
    void theApprovalOfARunWithAnEndOffersTheUnwireInAdvance() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(ending(runIn(RunStatus.SUBMITTED))));
        given(livePlans.latest(42)).willReturn(Optional.of(ApplyFixtures.livePlan()));

        mvc.perform(get("/runs/42/approve").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(xpath("//form[@id='confirm-form']//input[@id='unwireAtExpiry']/@type")
                        .string("checkbox"))
                .andExpect(xpath("//form[@id='confirm-form']//input[@id='unwireAtExpiry']/@checked")
                        .doesNotExist())
                .andExpect(xpath("//label[@for='unwireAtExpiry']")
                        .string("Approve the un-wire at expiry (2099-01-31 00:00:00 UTC) in advance"));
    }

    @Test
    void aRunWithoutAnEndHasNothingToApproveInAdvance() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(livePlans.latest(42)).willReturn(Optional.of(ApplyFixtures.livePlan()));

        mvc.perform(get("/runs/42/approve").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(xpath("//form[@id='confirm-form']").exists())
                .andExpect(xpath("//input[@id='unwireAtExpiry']").doesNotExist());
    }

    @Test
    void theTickedOptionIsPostedWithTheApproval() throws Exception {
        mvc.perform(post("/runs/42/approve")
                        .param("planHash", "a1b2c3")
                        .param("unwireAtExpiry", "true")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(redirectedUrl("/runs/42"));

        verify(approvals).approve(eq(42L), argThat(u -> u.username().equals("admin")), eq("a1b2c3"), eq(true));
    }

    @Test
    void onlyAdminsApproveWithOrWithoutIt() throws Exception {
        for (var who : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {OPERATOR, REVIEWER}) {
            mvc.perform(post("/runs/42/approve")
                            .param("planHash", "a1b2c3")
                            .param("unwireAtExpiry", "true")
                            .with(who)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        verify(approvals, never()).approve(anyLong(), any(), anyString(), anyBoolean());
    }

    @Test
    void theRunPageSaysTheUnwireIsApprovedInAdvance() throws Exception {
        Run approved = ending(runIn(RunStatus.SUBMITTED))
                .approve(APPROVER, "a1b2c3", true, RunFixtures.CREATED)
                .run();
        given(runs.find(42)).willReturn(Optional.of(approved));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(
                        xpath("//*[@id='lifecycle-unwire-in-advance']").string(containsString("approved in advance")))
                .andExpect(xpath("normalize-space(//*[@id='access-until'])")
                        .string(containsString("Access ends 2099-01-31 00:00:00 UTC")));
    }
}
