package io.rolewire.wiring;

/**
 * What a trust policy grants besides Rolewire's statement: the policy with that statement taken
 * out, to compare two versions of a trust apart from it (Access Analyzer's proof of a merge).
 *
 * @param document the policy without our statement, canonical compact JSON (its other top-level
 *     keys and the other statements kept as they were, in their order)
 * @param statements how many statements are left; 0 means the trust held only ours (then {@code
 *     document} has an empty Statement array, which IAM would refuse as a policy)
 */
public record TrustRemainder(String document, int statements) {

    public boolean isEmpty() {
        return statements == 0;
    }
}
