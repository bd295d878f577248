package io.rolewire.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.security.SecurityTestImports;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The embedded default (no users configured): the sign-in page says where the generated passwords
 * were logged, and never a password. Not with the prod profile; not with configured users (LoginPageTest).
 */
class GeneratedPasswordsLoginPageTest {

    private static final Pattern LOGGED_PASSWORD =
            Pattern.compile("generated user '\\w+' \\(role \\w+\\) with password '([^']+)'");

    /** An empty list from the highest property source replaces the test users: nothing is configured. */
    @WebMvcTest(controllers = LoginController.class, properties = "rolewire.security.users=")
    @Import({SecurityTestImports.class, WebTestConfiguration.class})
    @ExtendWith(OutputCaptureExtension.class)
    @Nested
    class EmbeddedDefault {

        @Autowired
        MockMvc mvc;

        @Test
        void theLoginPageSaysWhereThePasswordsAreAndShowsNone(CapturedOutput output) throws Exception {
            String page = mvc.perform(get("/login"))
                    .andExpect(status().isOk())
                    .andExpect(xpath("//*[@id='login-generated']").exists())
                    .andExpect(xpath("//*[@id='login-generated']")
                            .string(containsString("startup log (its console output)")))
                    .andExpect(xpath("//*[@id='login-generated']//code")
                            .string(containsString("No rolewire.security.users configured: generated user")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            // the context of this class generated the users: their passwords were logged, not shown
            List<String> passwords = new ArrayList<>();
            Matcher logged = LOGGED_PASSWORD.matcher(output.getAll());
            while (logged.find()) {
                passwords.add(logged.group(1));
            }
            assertThat(passwords)
                    .isNotEmpty()
                    .allSatisfy(password -> assertThat(page).doesNotContain(password));
        }
    }

    @WebMvcTest(controllers = LoginController.class, properties = "rolewire.security.users=")
    @Import({SecurityTestImports.class, WebTestConfiguration.class})
    @ActiveProfiles("prod")
    @Nested
    class ProdProfile {

        @Autowired
        MockMvc mvc;

        @Test
        void theLoginPageSaysNothingAboutGeneratedPasswords() throws Exception {
            mvc.perform(get("/login"))
                    .andExpect(status().isOk())
                    .andExpect(xpath("//form[@action='/login']").exists())
                    .andExpect(xpath("//*[@id='login-generated']").doesNotExist());
        }
    }
}
