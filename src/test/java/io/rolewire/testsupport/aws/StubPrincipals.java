package io.rolewire.testsupport.aws;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * IAM refuses a trust policy naming a role that does not exist. The stub does the same for roles of
 * the accounts it holds; roles of other accounts are taken on trust.
 */
final class StubPrincipals {

    private final Map<String, StubAccount> accounts;

    StubPrincipals(Map<String, StubAccount> accounts) {
        this.accounts = accounts;
    }

    Optional<String> unknownRolePrincipal(String trustPolicy) {
        return rolePrincipals(trustPolicy)
                .filter(arn -> {
                    StubAccount account = accounts.get(accountOf(arn));
                    return account != null && !account.roles().containsKey(arn.substring(arn.indexOf(":role/") + 6));
                })
                .findFirst();
    }

    static Optional<String> firstRolePrincipal(String trustPolicy) {
        return rolePrincipals(trustPolicy).findFirst();
    }

    private static Stream<String> rolePrincipals(String trustPolicy) {
        return StubJson.statements(StubJson.parse(trustPolicy)).stream()
                .flatMap(statement ->
                        StubJson.strings(statement.path("Principal").path("AWS")).stream())
                .filter(principal -> principal.contains(":role/"));
    }

    private static String accountOf(String arn) {
        return arn.split(":")[4];
    }
}
