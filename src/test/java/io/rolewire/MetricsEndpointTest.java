package io.rolewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.rolewire.audit.Checkpoints;
import io.rolewire.audit.Integrity;
import io.rolewire.security.ApiTokens;
import io.rolewire.security.Role;
import io.rolewire.security.TokenValidity;
import io.rolewire.testsupport.PrometheusScrape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The meters of the runs, audit and security modules as Prometheus scrapes them, each provoked
 * through the application and read back from {@code /actuator/prometheus}. Values are compared
 * before and after, since other test classes share this context and its registry. The apply's
 * meters are in {@code apply.ApplyMetricsTest} (they need the AWS stub).
 */
@SpringBootTest
@AutoConfigureMockMvc
class MetricsEndpointTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Integrity integrity;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusedSignInCountsAsAFailedLogin() throws Exception {
        double before = failedLogins(PrometheusScrape.of(mvc));

        mvc.perform(formLogin("/login").user("reviewer").password("not-the-password"));

        assertThat(failedLogins(PrometheusScrape.of(mvc))).isEqualTo(before + 1);
    }

    @Test
    void aSubmittedRunIsAPendingApprovalUntilDecided() throws Exception {
        double before = PrometheusScrape.of(mvc).value("rolewire_approvals_pending");
        long runId = createRun();

        mvc.perform(post("/api/v1/runs/" + runId + "/submit").with(httpBasic("operator", "operator-pw")));
        assertThat(PrometheusScrape.of(mvc).value("rolewire_approvals_pending")).isEqualTo(before + 1);

        mvc.perform(post("/api/v1/runs/" + runId + "/reject")
                .with(httpBasic("admin", "admin-pw"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Use the staging role.\"}"));
        assertThat(PrometheusScrape.of(mvc).value("rolewire_approvals_pending")).isEqualTo(before);
    }

    @Test
    void aCheckThatFindsARunChangedCountsAsAnIntegrityFailure() throws Exception {
        long runId = createRun();
        String[] series = {"scope", "run", "reason", "record_changed"};
        double before = PrometheusScrape.of(mvc).value("rolewire_integrity_failures_total", series);
        String original = sourceRoleOf(runId);
        try {
            setSourceRole(runId, "edited-behind-the-log");
            assertThat(integrity.verifyRun(runId).ok()).isFalse();
        } finally {
            // other classes of this context check the whole record
            setSourceRole(runId, original);
        }
        assertThat(integrity.verifyRun(runId).ok()).isTrue();

        assertThat(PrometheusScrape.of(mvc).value("rolewire_integrity_failures_total", series))
                .isEqualTo(before + 1);
    }

    @Test
    void theAgeOfTheNewestCheckpointIsReportedOnceThereIsOne() throws Exception {
        createRun();
        checkpoints.checkpointNow();

        double age = PrometheusScrape.of(mvc).value("rolewire_checkpoint_age_seconds");

        assertThat(age).isFinite().isGreaterThanOrEqualTo(0);
    }

    @Test
    void aReviewersApiTokenScrapesLikeItsPassword() throws Exception {
        String secret = tokens.create("reviewer", "prometheus", TokenValidity.DAYS_7, Set.of(Role.REVIEWER))
                .secret();

        MockHttpServletResponse response = mvc.perform(
                        get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("rolewire_logins_failed_total");
    }

    @Test
    void anonymousScrapesAreAskedForCredentialsAndOperatorsRefused() throws Exception {
        MockHttpServletResponse anonymous =
                mvc.perform(get("/actuator/prometheus")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(anonymous.getContentAsString()).doesNotContain("rolewire_");

        MockHttpServletResponse operator = mvc.perform(
                        get("/actuator/prometheus").with(httpBasic("operator", "operator-pw")))
                .andReturn()
                .getResponse();
        assertThat(operator.getStatus()).isEqualTo(403);
        assertThat(operator.getContentAsString()).doesNotContain("rolewire_");
    }

    private static double failedLogins(PrometheusScrape scrape) {
        return scrape.value("rolewire_logins_failed_total", "reason", "bad_credentials")
                + scrape.value("rolewire_logins_failed_total", "reason", "throttled");
    }

    private long createRun() throws Exception {
        String created = mvc.perform(post("/api/v1/runs")
                        .with(httpBasic("operator", "operator-pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Files.readString(Path.of("docs/examples/seed-003.json"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.shared().readTree(created).get("id").asLong();
    }

    private String sourceRoleOf(long runId) {
        return jdbc.sql("select source_role_name from runs where id = :id")
                .param("id", runId)
                .query(String.class)
                .single();
    }

    private void setSourceRole(long runId, String name) {
        jdbc.sql("update runs set source_role_name = :name where id = :id")
                .param("name", name)
                .param("id", runId)
                .update();
    }
}
