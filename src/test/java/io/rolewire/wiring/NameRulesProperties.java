package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Names AWS accepts always validate, and names it refuses always give a violation on the field the
 * operator typed them into, whichever field that is.
 */
class NameRulesProperties {

    private static final String IAM_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=,.@-";
    private static final String ECS_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";

    /** Where a name goes, and how long it may be there. */
    enum NameField {
        SOURCE_ROLE(
                "source.roleName",
                IAM_CHARS,
                64,
                (inputs, name) -> inputs.source(WiringInputs.SOURCE_ACCOUNT, name, false)),
        DESTINATION_ROLE(
                "destination.roleName",
                IAM_CHARS,
                64,
                (inputs, name) -> inputs.destination(WiringInputs.DESTINATION_ACCOUNT, name)),
        EXECUTION_ROLE(
                "ecs.executionRole.roleName",
                IAM_CHARS,
                64,
                (inputs, name) -> inputs.executionRole(ExecutionRoleInputs.created()
                        .roleName(name)
                        // an existing role may double as the task role: only the name rule applies
                        .existing()
                        .build())),
        FAMILY("ecs.family", ECS_CHARS, 255, (inputs, name) -> inputs.task(name, "test", "your-test-image")),
        CONTAINER(
                "ecs.containerName", ECS_CHARS, 255, (inputs, name) -> inputs.task("family", name, "your-test-image"));

        final String field;
        final String chars;
        final int maxLength;
        final BiFunction<WiringInputs, String, WiringInputs> apply;

        NameField(String field, String chars, int maxLength, BiFunction<WiringInputs, String, WiringInputs> apply) {
            this.field = field;
            this.chars = chars;
            this.maxLength = maxLength;
            this.apply = apply;
        }

        WiringInput with(String name) {
            return apply.apply(WiringInputs.seed003(), name).build();
        }
    }

    record Case(NameField field, String name) {}

    private final Wiring wiring = new Wiring();

    @Property(tries = 300)
    void validNamesAlwaysValidate(@ForAll("validNames") Case valid) {
        assertThat(wiring.validate(valid.field().with(valid.name()))).isEmpty();
    }

    @Property(tries = 300)
    void invalidNamesAlwaysNameTheirField(@ForAll("invalidNames") Case invalid) {
        List<Violation> violations = wiring.validate(invalid.field().with(invalid.name()));

        assertThat(violations)
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.field()).isEqualTo(invalid.field().field));
    }

    @Property(tries = 200)
    void validInstanceProfileNamesValidateAndInvalidOnesNameTheirField(@ForAll("profileNames") String name) {
        boolean valid =
                name.length() <= 128 && !name.isEmpty() && name.chars().allMatch(c -> IAM_CHARS.indexOf(c) >= 0);

        List<Violation> violations = wiring.validate(
                WiringInputs.seed002().ec2(new Ec2InstanceOptions(name)).build());

        if (valid) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).extracting(Violation::field).containsExactly("ec2.instanceProfileName");
        }
    }

    @Provide
    Arbitrary<Case> validNames() {
        return Arbitraries.of(NameField.class)
                .flatMap(field -> Arbitraries.strings()
                        .withChars(field.chars)
                        .ofMinLength(1)
                        .ofMaxLength(field.maxLength)
                        // the execution role must not be the task role; other names may be anything valid
                        .filter(name -> !name.equalsIgnoreCase(WiringInputs.SOURCE_ROLE))
                        .map(name -> new Case(field, name)));
    }

    @Provide
    Arbitrary<Case> invalidNames() {
        return Arbitraries.of(NameField.class)
                .flatMap(field -> Arbitraries.oneOf(
                                tooLong(field),
                                withForbiddenCharacter(field),
                                Arbitraries.just(""),
                                Arbitraries.just("   "))
                        // a blank execution role name means the default name, which is valid
                        .filter(name -> field != NameField.EXECUTION_ROLE || !name.isBlank())
                        .map(name -> new Case(field, name)));
    }

    @Provide
    Arbitrary<String> profileNames() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(IAM_CHARS).ofMinLength(1).ofMaxLength(128),
                Arbitraries.strings().withChars(IAM_CHARS).ofMinLength(129).ofMaxLength(200),
                Arbitraries.strings()
                        .withChars(IAM_CHARS + " /:*?'\"é")
                        .ofMinLength(0)
                        .ofMaxLength(40));
    }

    private static Arbitrary<String> tooLong(NameField field) {
        return Arbitraries.strings()
                .withChars(field.chars)
                .ofMinLength(field.maxLength + 1)
                .ofMaxLength(field.maxLength + 50);
    }

    private static Arbitrary<String> withForbiddenCharacter(NameField field) {
        Arbitrary<String> valid = Arbitraries.strings().withChars(field.chars).ofMaxLength(field.maxLength - 1);
        Arbitrary<Character> forbidden = Arbitraries.of(' ', '/', ':', '*', '?', '\'', '"', '#', '$', 'é', '\t');
        return Combinators.combine(valid, forbidden, Arbitraries.integers().between(0, 1000))
                .as((name, bad, at) -> {
                    int position = at % (name.length() + 1);
                    return name.substring(0, position) + bad + name.substring(position);
                });
    }
}
