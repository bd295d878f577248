package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InputListsTest {

    @Test
    void nullAndBlankEntriesFromFormsOrJsonAreDroppedInsteadOfFailing() {
        var destination = new DestinationRole(
                "555566667777", "r", true, Arrays.asList(null, "  ", " arn:aws:iam::aws:policy/ReadOnlyAccess "));
        assertThat(destination.managedPolicyArns()).containsExactly("arn:aws:iam::aws:policy/ReadOnlyAccess");
    }

    @Test
    void executionRoleListsAreCleanedTheSameWay() {
        var options = new ExecutionRoleOptions(
                true, null, true, null, Arrays.asList((String) null), Arrays.asList("", "x"), null, null, null, null);
        assertThat(options.secretArns()).isEmpty();
        assertThat(options.ssmParameterArns()).containsExactly("x");
        assertThat(options.roleName()).isEqualTo(ExecutionRoleOptions.DEFAULT_ROLE_NAME);
    }
}
