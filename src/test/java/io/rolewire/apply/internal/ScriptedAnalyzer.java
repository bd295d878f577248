package io.rolewire.apply.internal;

import io.rolewire.aws.AccessCheck;
import io.rolewire.aws.PolicyKind;
import io.rolewire.aws.PolicyValidation;
import io.rolewire.aws.PolicyValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A fake of Access Analyzer for plain tests: it answers as scripted (by default: ValidatePolicy
 * finds nothing, every check passes) and records what each call was sent.
 */
final class ScriptedAnalyzer implements PolicyValidator {

    /** One CheckNoNewAccess as sent. */
    record Comparison(String newPolicy, String existingPolicy) {}

    final List<String> validated = new ArrayList<>();
    final List<Comparison> compared = new ArrayList<>();
    final List<String> checkedForPublicAccess = new ArrayList<>();

    PolicyValidation.Status validation = PolicyValidation.Status.VALIDATED;
    BiFunction<String, String, AccessCheck> noNewAccess = (n, e) -> pass("CheckNoNewAccess");
    Function<String, AccessCheck> noPublicAccess = d -> pass("CheckNoPublicAccess");

    static AccessCheck pass(String operation) {
        return new AccessCheck(operation, PolicyValidation.Status.VALIDATED, true, "passed", List.of(), null, "rid");
    }

    static AccessCheck fail(String operation, String message, AccessCheck.Reason... reasons) {
        return new AccessCheck(
                operation, PolicyValidation.Status.VALIDATED, false, message, List.of(reasons), null, "rid");
    }

    @Override
    public synchronized PolicyValidation validate(String document, PolicyKind kind) {
        validated.add(document);
        String reason = validation == PolicyValidation.Status.VALIDATED ? null : "not here";
        return new PolicyValidation(validation, List.of(), reason, "rid");
    }

    @Override
    public synchronized AccessCheck checkNoNewAccess(String newTrust, String existingTrust) {
        compared.add(new Comparison(newTrust, existingTrust));
        return noNewAccess.apply(newTrust, existingTrust);
    }

    @Override
    public synchronized AccessCheck checkNoPublicAccess(String trust) {
        checkedForPublicAccess.add(trust);
        return noPublicAccess.apply(trust);
    }
}
