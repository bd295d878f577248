package io.rolewire.web.tokens;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.security.ApiToken;
import io.rolewire.security.ApiTokens;
import io.rolewire.security.Role;
import io.rolewire.security.SecurityTestImports;
import io.rolewire.security.TokenValidity;
import io.rolewire.web.WebTestConfiguration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(controllers = TokensController.class)
@Import({SecurityTestImports.class, WebTestConfiguration.class})
class TokensPageTest {

    static final Instant CREATED = Instant.parse("2026-12-01T08:00:00Z");
    static final ApiToken ACTIVE =
            new ApiToken(7, "ci", Set.of(), CREATED, Instant.parse("2099-01-01T00:00:00Z"), null, null);
    static final ApiToken REVOKED = new ApiToken(
            8, "old", Set.of(Role.OPERATOR), CREATED, Instant.parse("2099-01-01T00:00:00Z"), CREATED, CREATED);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ApiTokens tokens;

    @BeforeEach
    void operatorHasTwoTokens() {
        when(tokens.grantableRoles("operator")).thenReturn(EnumSet.of(Role.OPERATOR));
        when(tokens.list("operator")).thenReturn(List.of(ACTIVE, REVOKED));
    }

    @Test
    void listsTokensWithTheirStateAndOffersOnlyTheUsersRoles() throws Exception {
        mvc.perform(get("/tokens").with(operator()))
                .andExpect(status().isOk())
                .andExpect(xpath("//form[@id='token-create']//input[@name='_csrf']")
                        .exists())
                .andExpect(xpath("//input[@id='roles-OPERATOR']").exists())
                .andExpect(xpath("//input[@id='roles-ADMIN']").doesNotExist())
                .andExpect(
                        xpath("//tr[@id='token-7']/td[@class='token-status']").string("active"))
                .andExpect(xpath("//tr[@id='token-7']/td[@class='token-last-used']")
                        .string("never"))
                .andExpect(xpath("//tr[@id='token-7']//form[@action='/tokens/7/revoke']")
                        .exists())
                .andExpect(
                        xpath("//tr[@id='token-8']/td[@class='token-status']").string("revoked"))
                .andExpect(xpath("//tr[@id='token-8']//form").doesNotExist())
                .andExpect(xpath("//*[@id='token-issued']").doesNotExist());
    }

    @Test
    void aCreatedTokenIsShownOnceAfterTheRedirect() throws Exception {
        when(tokens.create("operator", "deploy bot", TokenValidity.DAYS_7, Set.of(Role.OPERATOR)))
                .thenReturn(new ApiTokens.IssuedToken("rwt_secret", ACTIVE));

        mvc.perform(post("/tokens")
                        .with(operator())
                        .with(csrf())
                        .param("name", " deploy bot ")
                        .param("validity", "DAYS_7")
                        .param("roles", "OPERATOR"))
                .andExpect(redirectedUrl("/tokens"))
                .andExpect(flash().attribute("issuedSecret", "rwt_secret"))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(get("/tokens").with(operator()).flashAttr("issuedSecret", "rwt_secret"))
                .andExpect(xpath("//input[@id='token-secret']/@value").string("rwt_secret"));
    }

    @Test
    void aMissingNameOrARoleTheUserLacksIsShownNextToTheField() throws Exception {
        mvc.perform(post("/tokens")
                        .with(operator())
                        .with(csrf())
                        .param("name", "")
                        .param("validity", "DAYS_365")
                        .param("roles", "ADMIN"))
                .andExpect(status().isOk())
                .andExpect(flash().attributeCount(0))
                .andExpect(xpath("//*[@id='name-error']").string(containsString("Give the token a name.")))
                .andExpect(xpath("//*[@id='validity-error']").string(containsString("Choose how long")))
                .andExpect(xpath("//*[@id='roles-error']").string(containsString("a role you do not have")));
        verify(tokens, never()).create(anyString(), anyString(), any(), any());
    }

    @Test
    void revokingSomeoneElsesOrAnUnknownTokenIsNotFound() throws Exception {
        when(tokens.revoke("operator", 99)).thenReturn(Optional.empty());

        mvc.perform(post("/tokens/99/revoke").with(operator()).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void revokingRedirectsWithAMessage() throws Exception {
        when(tokens.revoke("operator", 7)).thenReturn(Optional.of(ACTIVE));

        mvc.perform(post("/tokens/7/revoke").with(operator()).with(csrf()))
                .andExpect(redirectedUrl("/tokens"))
                .andExpect(flash().attributeExists("flash"));
        verify(tokens).revoke("operator", 7);
    }

    @Test
    void formsNeedCsrfAndThePageNeedsASignedInUser() throws Exception {
        mvc.perform(post("/tokens").with(operator()).param("name", "x").param("validity", "DAYS_7"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/tokens")).andExpect(redirectedUrl("/login"));
        verify(tokens, never()).create(anyString(), anyString(), any(), any());
    }

    private static RequestPostProcessor operator() {
        return user("operator").roles("OPERATOR");
    }
}
