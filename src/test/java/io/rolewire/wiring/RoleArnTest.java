package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoleArnTest {

    @Test
    void takesARoleArnApartIgnoringItsPath() {
        assertThat(RoleArn.parse(" arn:aws:iam::555566667777:role/teams/red/destination-account-role "))
                .contains(new RoleArn("aws", "555566667777", "destination-account-role"));
    }

    @Test
    void printsTheArnBack() {
        assertThat(new RoleArn("aws-us-gov", "111122223333", "r").toString())
                .isEqualTo("arn:aws-us-gov:iam::111122223333:role/r");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "destination-account-role",
                "arn:aws:iam::1111222233334444:role/r",
                "arn:aws:iam::111122223333:user/r",
                "arn:aws:sts::111122223333:assumed-role/r/session",
                "arn:aws:iam::111122223333:role/",
                "arn:aws:iam::111122223333:role/<script>"
            })
    void refusesWhatIsNotARoleArn(String text) {
        assertThat(RoleArn.parse(text)).isEmpty();
    }
}
