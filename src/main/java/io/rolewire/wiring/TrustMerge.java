package io.rolewire.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds our statement to a destination role's existing trust policy. Other statements are copied
 * untouched; when our statement is already there as wanted nothing is added, so applying twice
 * gives the same document.
 *
 * <p>Our statement is recognised by its content, as it carries no Sid (seed 003's shape): Allow,
 * exactly {@code sts:AssumeRole}, exactly the source role ARN as its one principal, and no
 * condition but our end of access ({@link #isOurs}). A wiring with another end (or none) rewrites
 * that statement's end rather than adding a second statement (ADR 019).
 */
final class TrustMerge {

    /** Actions that include sts:AssumeRole; IAM matches action names case-insensitively. */
    private static final Set<String> ASSUME_ROLE_ACTIONS = Set.of("sts:assumerole", "sts:*", "*");

    private TrustMerge() {}

    static MergeResult merge(String existingTrustPolicy, ResolvedWiring wiring) {
        ExistingTrustPolicy existing = ExistingTrustPolicy.read(existingTrustPolicy);
        if (existing.isRefused()) {
            return new MergeResult(null, false, List.of(existing.refusal()));
        }
        String sourceRoleArn = wiring.sourceRoleArn();
        List<JsonNode> statements = existing.statements();
        List<Integer> ours = IntStream.range(0, statements.size())
                .filter(i -> isOurs(statements.get(i), sourceRoleArn))
                .boxed()
                .toList();
        ObjectNode merged = withStatements(existing);
        List<Finding> findings = new ArrayList<>(TrustInspector.inspect(existing.policy()));
        boolean changed = !inPlace(statements, ours, wiring);
        if (changed && ours.isEmpty()) {
            ((ArrayNode) merged.get("Statement")).add(TrustPolicies.destinationStatement(wiring));
        } else if (changed) {
            findings.add(TrustMergeFindings.endChanged(wiring, AccessEnd.written(statements.get(ours.get(0)))));
            replace((ArrayNode) merged.get("Statement"), ours, wiring);
        }
        if (wiring.accessUntil() != null) {
            TrustMergeFindings.endNotEnforced(wiring, otherGrantsWithoutEnd(statements, sourceRoleArn))
                    .ifPresent(findings::add);
        }
        findings.addAll(PolicyQuotas.trustPolicy(wiring.destinationRoleArn(), merged));
        return new MergeResult(CanonicalJson.pretty(merged), changed, Findings.mostSevereFirst(findings));
    }

    /**
     * Nothing to write: our one statement already ends when this wiring ends, or this wiring has no
     * end and a statement already trusts the source role without any condition.
     */
    private static boolean inPlace(List<JsonNode> statements, List<Integer> ours, ResolvedWiring wiring) {
        if (ours.size() == 1 && AccessEnd.same(AccessEnd.written(statements.get(ours.get(0))), wiring.accessUntil())) {
            return true;
        }
        return wiring.accessUntil() == null
                && statements.stream().anyMatch(s -> isEquivalent(s, wiring.sourceRoleArn()));
    }

    /** Our statement takes the first one's place (keeping a Sid someone gave it); the others go. */
    private static void replace(ArrayNode statements, List<Integer> ours, ResolvedWiring wiring) {
        ObjectNode replacement = TrustPolicies.destinationStatement(wiring);
        String sid = statements.get(ours.get(0)).path("Sid").stringValue("");
        if (!sid.isEmpty()) {
            ObjectNode withSid = CanonicalJson.object();
            withSid.put("Sid", sid);
            withSid.setAll(replacement);
            replacement = withSid;
        }
        statements.set(ours.get(0), replacement);
        for (int i = ours.size() - 1; i > 0; i--) {
            statements.remove(ours.get(i).intValue());
        }
    }

    /**
     * Our statement, whatever its end: Allow, exactly sts:AssumeRole, exactly the source role ARN as
     * its only principal, and no condition other than {@code DateLessThan aws:CurrentTime}. A
     * statement that also trusts others, allows more, or has other conditions is someone else's.
     */
    static boolean isOurs(JsonNode statement, String sourceRoleArn) {
        JsonNode principal = statement.path("Principal");
        List<String> actions = IamJson.strings(statement.path("Action"));
        return IamJson.isAllow(statement)
                && !statement.has("NotAction")
                && !statement.has("NotPrincipal")
                && actions.size() == 1
                && actions.get(0).equalsIgnoreCase(Policies.ASSUME_ROLE)
                && principal.size() == 1
                && IamJson.principals(statement, "AWS").equals(List.of(sourceRoleArn))
                && AccessEnd.isOnlyCondition(statement);
    }

    /**
     * Allows sts:AssumeRole to the source role ARN without conditions. A statement with conditions
     * is not equivalent: it may never hold for our task, so ours is still added.
     */
    static boolean isEquivalent(JsonNode statement, String sourceRoleArn) {
        return IamJson.isAllow(statement)
                && !statement.has("NotAction")
                && !statement.has("NotPrincipal")
                && statement.path("Condition").isEmpty()
                && allowsAssumeRole(statement)
                && IamJson.principals(statement, "AWS").contains(sourceRoleArn);
    }

    /** Statements other than ours that trust the source role with no end: they outlive our end. */
    private static Optional<String> otherGrantsWithoutEnd(List<JsonNode> statements, String sourceRoleArn) {
        return IntStream.range(0, statements.size())
                .filter(i ->
                        !isOurs(statements.get(i), sourceRoleArn) && isEquivalent(statements.get(i), sourceRoleArn))
                .mapToObj(i -> IamJson.label(statements.get(i), i))
                .findFirst();
    }

    private static boolean allowsAssumeRole(JsonNode statement) {
        return IamJson.strings(statement.path("Action")).stream()
                .map(action -> action.toLowerCase(Locale.ROOT))
                .anyMatch(ASSUME_ROLE_ACTIONS::contains);
    }

    /** A copy of the policy, every other key kept, with Statement as an array. */
    private static ObjectNode withStatements(ExistingTrustPolicy existing) {
        ObjectNode merged = (ObjectNode) existing.policy().deepCopy(); // TrustPolicyShape checked it is an object
        ArrayNode array = merged.putArray("Statement");
        existing.statements().forEach(statement -> array.add(statement.deepCopy()));
        return merged;
    }
}
