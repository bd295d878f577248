package io.rolewire.security;

/** The three kinds of people of DESIGN.md. */
public enum Role {
    /** Platform team: fills in the wizard, submits, applies once approved. */
    OPERATOR,
    /** Security: reads every run, verifies, compares, exports. */
    REVIEWER,
    /** Approves or rejects; never their own request. */
    ADMIN;

    /** Spring Security's authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
