package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityPropertiesTest {

    @Test
    void localUsersAreOnAndSingleSignOnOffByDefault() {
        SecurityProperties properties = new SecurityProperties(List.of(), null, null);

        assertThat(properties.localUsers().enabled()).isTrue();
        assertThat(properties.oidc().enabled()).isFalse();
    }

    @Test
    void turningLocalUsersOffWithoutSingleSignOnLocksEveryoneOutAndIsRefused() {
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        new SecurityProperties(List.of(), null, null, new SecurityProperties.LocalUsers(false), null))
                .withMessageContaining("rolewire.security.oidc.enabled");
    }

    @Test
    void singleSignOnNeedsAnIssuerAClientAndARoleMapping() {
        assertThatIllegalStateException()
                .isThrownBy(() -> oidc(null, Map.of("admins", Set.of(Role.ADMIN))))
                .withMessageContaining("issuer-uri");
        assertThatIllegalStateException()
                .isThrownBy(() -> oidc("https://idp.example/realms/x", Map.of()))
                .withMessageContaining("role-mapping");
    }

    @Test
    void claimsAndScopesHaveDefaultsAndTheSecretStaysOutOfToString() {
        SecurityProperties.Oidc oidc = oidc("https://idp.example/realms/x", Map.of("admins", Set.of(Role.ADMIN)));

        assertThat(oidc.usernameClaim()).isEqualTo("preferred_username");
        assertThat(oidc.groupsClaim()).isEqualTo("groups");
        assertThat(oidc.scopes()).containsExactlyInAnyOrder("openid", "profile", "email");
        assertThat(oidc.providerName()).isEqualTo("single sign-on");
        assertThat(oidc.toString()).doesNotContain("s3cret-value");
    }

    private static SecurityProperties.Oidc oidc(String issuer, Map<String, Set<Role>> mapping) {
        return new SecurityProperties.Oidc(true, null, issuer, "rolewire", "s3cret-value", null, null, null, mapping);
    }
}
