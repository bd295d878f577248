package io.rolewire.wiring;

/**
 * An AWS account id: exactly twelve decimal digits, leading zeros kept (a number would drop them).
 * Inputs are checked field by field by the validator first; this type holds ids already known good.
 */
public record AccountId(String value) {

    public AccountId {
        if (!AccountIds.isValid(value)) {
            throw new IllegalArgumentException("not an AWS account id (twelve digits): " + value);
        }
    }

    public static AccountId of(String value) {
        return new AccountId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
