package io.rolewire.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the provider becomes a Rolewire user: named by the configured claim
 * (else {@code sub}), holding {@code ROLE_x} for each role their groups map to, and nothing else,
 * so every rule written for local users applies unchanged. No mapped role, or the name of a local
 * user: refused.
 */
final class OidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final SecurityProperties.Oidc settings;
    private final Predicate<String> localUser;

    OidcUsers(SecurityProperties.Oidc settings, Predicate<String> localUser) {
        this.settings = settings;
        this.localUser = localUser;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        Object name = user.getClaims().get(settings.usernameClaim());
        String nameClaim = name instanceof String s && !s.isBlank() ? settings.usernameClaim() : IdTokenClaimNames.SUB;
        String username = user.getClaimAsString(nameClaim);
        Set<Role> roles = roles(user.getClaims().get(settings.groupsClaim()));
        if (roles.isEmpty()) {
            throw new SingleSignOnRefusedException(username, LoginRefused.Reason.NO_MAPPED_ROLE);
        }
        if (localUser.test(username)) {
            throw new SingleSignOnRefusedException(username, LoginRefused.Reason.NAME_TAKEN);
        }
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameClaim);
    }

    /** A list of groups, or a single one; unknown groups are ignored. */
    Set<Role> roles(Object groups) {
        Collection<?> names =
                groups instanceof Collection<?> many ? many : groups == null ? List.of() : List.of(groups);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object group : names) {
            roles.addAll(settings.roleMapping().getOrDefault(String.valueOf(group), Set.of()));
        }
        return roles;
    }
}
