package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OidcUsersTest {

    final OidcUsers users = new OidcUsers(
            new SecurityProperties.Oidc(
                    true,
                    null,
                    "https://idp.example",
                    "rolewire",
                    null,
                    null,
                    null,
                    null,
                    Map.of(
                            "ops", Set.of(Role.OPERATOR),
                            "leads", Set.of(Role.OPERATOR, Role.ADMIN),
                            "security", Set.of(Role.REVIEWER))),
            name -> false);

    @Test
    void everyMappedGroupAddsItsRolesAndOthersAreIgnored() {
        assertThat(users.roles(List.of("ops", "security", "marketing")))
                .containsExactlyInAnyOrder(Role.OPERATOR, Role.REVIEWER);
        assertThat(users.roles(List.of("leads"))).containsExactlyInAnyOrder(Role.OPERATOR, Role.ADMIN);
    }

    @Test
    void aSingleGroupAsAStringCounts() {
        assertThat(users.roles("security")).containsExactly(Role.REVIEWER);
    }

    @Test
    void noClaimOrNoKnownGroupGivesNoRole() {
        assertThat(users.roles(null)).isEmpty();
        assertThat(users.roles(List.of("marketing"))).isEmpty();
        assertThat(users.roles(List.of("OPS")))
                .as("group names are compared exactly")
                .isEmpty();
    }
}
