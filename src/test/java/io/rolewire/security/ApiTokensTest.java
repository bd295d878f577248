package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@SecurityFlowTest
class ApiTokensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenPreviewsAPlanWithItsUsersRoles() throws Exception {
        String secret =
                tokens.create("operator", "ci", TokenValidity.DAYS_7, Set.of()).secret();

        plans(secret)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.documents.sourcePermissionPolicy").exists());
        mvc.perform(get("/api/v1/runs").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());
    }

    @Test
    void theSecretIsRecognisableAndOnlyItsSha256IsStored() {
        ApiTokens.IssuedToken issued = tokens.create("operator", "stored", TokenValidity.DAYS_30, Set.of());

        assertThat(issued.secret()).matches("rwt_[A-Za-z0-9_-]{43}");
        String stored = jdbc.sql("select token_hash from api_tokens where id = ?")
                .param(issued.token().id())
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(TokenSecrets.sha256(issued.secret())).doesNotContain(issued.secret());
        assertThat(issued.token().expiresAt())
                .isEqualTo(issued.token().createdAt().plus(TokenValidity.DAYS_30.duration()));
    }

    @Test
    void aReviewersTokenCannotDoWhatTheReviewerCannot() throws Exception {
        String secret = tokens.create("reviewer", "read-only", TokenValidity.DAYS_7, Set.of())
                .secret();

        mvc.perform(post("/api/v1/runs")
                        .header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(seed003()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTokenWithFewerRolesActsWithThoseOnly() throws Exception {
        String full =
                tokens.create("alice", "full", TokenValidity.DAYS_7, Set.of()).secret();
        String operatorOnly = tokens.create("alice", "narrow", TokenValidity.DAYS_7, Set.of(Role.OPERATOR))
                .secret();

        int asAdmin = approveUnknownRun(full).andReturn().getResponse().getStatus();
        assertThat(asAdmin).as("an admin passes the URL rule").isNotIn(401, 403);
        approveUnknownRun(operatorOnly).andExpect(status().isForbidden());
    }

    @Test
    void aTokenCannotCarryARoleItsUserLacks() {
        assertThatThrownBy(() -> tokens.create("operator", "grab", TokenValidity.DAYS_7, Set.of(Role.ADMIN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(tokens.list("operator")).noneMatch(t -> t.name().equals("grab"));
    }

    @Test
    void expiredRevokedUnknownAndMalformedTokensAre401InTheApiShape() throws Exception {
        ApiTokens.IssuedToken expired = tokens.create("operator", "old", TokenValidity.DAYS_7, Set.of());
        jdbc.sql("update api_tokens set expires_at = ? where id = ?")
                .params(
                        OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1),
                        expired.token().id())
                .update();
        ApiTokens.IssuedToken revoked = tokens.create("operator", "gone", TokenValidity.DAYS_7, Set.of());
        tokens.revoke("operator", revoked.token().id());

        for (String secret : new String[] {
            expired.secret(), revoked.secret(), "rwt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not-a-token", ""
        }) {
            plans(secret)
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
                    .andExpect(jsonPath("$.errors[0].message", containsString("unknown, expired or revoked")));
        }
        assertThat(tokens.list("operator"))
                .filteredOn(t -> t.id() == expired.token().id())
                .singleElement()
                .satisfies(t -> assertThat(t.status(Instant.now())).isEqualTo(ApiToken.Status.EXPIRED));
    }

    @Test
    void aTokenInUseIsRefusedFromTheRequestAfterItsRevocation() throws Exception {
        ApiTokens.IssuedToken issued = tokens.create("operator", "in use", TokenValidity.DAYS_7, Set.of());
        plans(issued.secret()).andExpect(status().isOk());
        plans(issued.secret()).andExpect(status().isOk());

        tokens.revoke("operator", issued.token().id());

        plans(issued.secret()).andExpect(status().isUnauthorized());
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() throws Exception {
        ApiTokens.IssuedToken mine = tokens.create("operator", "mine", TokenValidity.DAYS_7, Set.of());

        assertThat(tokens.revoke("reviewer", mine.token().id())).isEmpty();
        assertThat(tokens.list("reviewer"))
                .noneMatch(t -> t.id() == mine.token().id());
        plans(mine.secret()).andExpect(status().isOk());
    }

    @Test
    void revokingIsIdempotentAndListedNewestFirst() {
        ApiTokens.IssuedToken first = tokens.create("alice", "first", TokenValidity.DAYS_7, Set.of());
        ApiTokens.IssuedToken second = tokens.create("alice", "second", TokenValidity.DAYS_90, Set.of());

        ApiToken revoked = tokens.revoke("alice", first.token().id()).orElseThrow();
        ApiToken again = tokens.revoke("alice", first.token().id()).orElseThrow();

        assertThat(again.revokedAt()).isEqualTo(revoked.revokedAt()).isNotNull();
        assertThat(tokens.list("alice"))
                .extracting(ApiToken::id)
                .containsSubsequence(second.token().id(), first.token().id());
    }

    @Test
    void theTokensPageIssuesATokenShownOnceThatTheApiAccepts() throws Exception {
        MvcResult created = mvc.perform(post("/tokens")
                        .with(user("operator").roles("OPERATOR"))
                        .with(csrf())
                        .param("name", "from the page")
                        .param("validity", "DAYS_30"))
                .andExpect(redirectedUrl("/tokens"))
                .andReturn();
        String secret = (String) created.getFlashMap().get("issuedSecret");

        plans(secret).andExpect(status().isOk());
        mvc.perform(get("/tokens").with(user("operator").roles("OPERATOR")))
                .andExpect(content().string(containsString("from the page")))
                .andExpect(content().string(not(containsString(secret))));
    }

    private ResultActions plans(String secret) throws Exception {
        return mvc.perform(post("/api/v1/plans")
                .header("Authorization", "Bearer " + secret)
                .contentType(MediaType.APPLICATION_JSON)
                .content(seed003()));
    }

    private ResultActions approveUnknownRun(String secret) throws Exception {
        return mvc.perform(post("/api/v1/runs/987654/approve")
                .header("Authorization", "Bearer " + secret)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"planHash\":\"" + "a".repeat(64) + "\"}"));
    }

    static String seed003() throws java.io.IOException {
        return Files.readString(Path.of("docs/examples/seed-003.json"));
    }
}
