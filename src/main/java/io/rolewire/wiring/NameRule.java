package io.rolewire.wiring;

import java.util.regex.Pattern;

/** AWS's own length and character rules for the names an operator types. */
enum NameRule {
    ROLE("wiring.roleName.format", 64, "[A-Za-z0-9_+=,.@-]+"),
    POLICY("wiring.policyName.format", 128, "[A-Za-z0-9_+=,.@-]+"),
    INSTANCE_PROFILE("wiring.instanceProfileName.format", 128, "[A-Za-z0-9_+=,.@-]+"),
    TASK_FAMILY("wiring.family.format", 255, "[A-Za-z0-9_-]+"),
    CONTAINER("wiring.containerName.format", 255, "[A-Za-z0-9_-]+");

    private final String code;
    private final int maxLength;
    private final Pattern characters;

    NameRule(String code, int maxLength, String characters) {
        this.code = code;
        this.maxLength = maxLength;
        this.characters = Pattern.compile(characters);
    }

    boolean accepts(String name) {
        return name != null
                && name.length() <= maxLength
                && characters.matcher(name).matches();
    }

    /** Adds {@code wiring.required} or this rule's code when {@code name} breaks it. */
    void check(String field, String name, Violations violations) {
        if (Violations.isBlank(name)) {
            violations.required(field);
        } else if (!accepts(name)) {
            violations.add(field, code, name, String.valueOf(name.length()), String.valueOf(maxLength));
        }
    }
}
