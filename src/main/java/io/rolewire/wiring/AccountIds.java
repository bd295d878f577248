package io.rolewire.wiring;

import java.util.regex.Pattern;

/** An AWS account ID is exactly twelve decimal digits, leading zeros included. */
final class AccountIds {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private AccountIds() {}

    static boolean isValid(String accountId) {
        return accountId != null && TWELVE_DIGITS.matcher(accountId).matches();
    }

    static void check(String field, String accountId, Violations violations) {
        if (Violations.isBlank(accountId)) {
            violations.required(field);
        } else if (!DIGITS.matcher(accountId).matches()) {
            violations.add(field, "wiring.accountId.digits", accountId);
        } else if (!isValid(accountId)) {
            violations.add(field, "wiring.accountId.format", accountId, String.valueOf(accountId.length()));
        }
    }
}
