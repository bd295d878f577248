package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Where the generated passwords are is said on the embedded default only. */
class SignInOptionsTest {

    private static final SecurityProperties NO_USERS = new SecurityProperties(List.of(), null, null);

    @Test
    void withNoUsersConfiguredThePageSaysThePasswordsAreInTheConsoleLog() {
        SignInOptions options = SignInOptions.of(NO_USERS, new MockEnvironment());

        assertThat(options.generatedPasswords())
                .hasValueSatisfying(log -> assertThat(log.file()).isNull());
    }

    @Test
    void aLogFileIsNamedWhenTheLogGoesToOne() {
        assertThat(SignInOptions.of(NO_USERS, new MockEnvironment().withProperty("logging.file.name", "rolewire.log"))
                        .generatedPasswords())
                .hasValueSatisfying(log -> assertThat(log.file()).isEqualTo("rolewire.log"));
        assertThat(SignInOptions.of(NO_USERS, new MockEnvironment().withProperty("logging.file.path", "/var/log/rw/"))
                        .generatedPasswords())
                .hasValueSatisfying(log -> assertThat(log.file()).isEqualTo("/var/log/rw/spring.log"));
    }

    @Test
    void configuredUsersMeanNothingWasGenerated() {
        SecurityProperties users = new SecurityProperties(
                List.of(new SecurityProperties.User("ops", "{noop}pw", List.of(Role.OPERATOR))), null, null);

        assertThat(SignInOptions.of(users, new MockEnvironment()).generatedPasswords())
                .isEmpty();
    }

    @Test
    void theProdProfileNeverPointsAtGeneratedPasswords() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");

        assertThat(SignInOptions.of(NO_USERS, prod).generatedPasswords()).isEmpty();
    }
}
