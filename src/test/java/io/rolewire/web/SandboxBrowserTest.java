package io.rolewire.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.testsupport.Chromium;
import io.rolewire.testsupport.FlociAccount;
import io.rolewire.testsupport.LocalFloci;
import io.rolewire.testsupport.RequiresChromium;
import io.rolewire.testsupport.RequiresFloci;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's sandbox walk in Chromium: with the {@code sandbox} profile and Floci, and nothing else
 * configured for AWS, an operator wires seed 003 in the wizard (both roles created), submits it, an admin
 * reads the live accounts and approves, the operator applies, and the run ends VERIFIED. The test then
 * reads the destination trust back from Floci itself. Screenshots go to target/screenshots.
 */
@RequiresChromium
@RequiresFloci
@ActiveProfiles("sandbox")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SandboxBrowserTest {

    static final String SOURCE = "111122223333";
    static final String DESTINATION = "555566667777";
    // Floci is shared by test runs: this run's own role names
    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    static final String SOURCE_ROLE = "sandbox-task-" + SUFFIX;
    static final String DESTINATION_ROLE = "sandbox-reader-" + SUFFIX;

    /** Only what a test run must not share with a local try-out: the emulator's URL and the data. */
    @DynamicPropertySource
    static void sandboxOnThisMachine(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("rolewire-sandbox");
        registry.add("rolewire.aws.endpoint-url", () -> LocalFloci.endpoint().toString());
        // an H2 file as the sandbox has it, so the walk runs on one commit at a time (ADR 021)
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + data.resolve("rolewire")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE"
                        + ";WRITE_DELAY=0");
        registry.add(
                "rolewire.audit.checkpoint-key-file",
                () -> data.resolve("key.pem").toString());
        registry.add(
                "rolewire.audit.checkpoint-dir",
                () -> data.resolve("checkpoints").toString());
        registry.add("rolewire.apply.first-backoff", () -> "50ms");
        registry.add("rolewire.apply.max-backoff", () -> "200ms");
    }

    @LocalServerPort
    int port;

    Path profile;
    ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("chrome-profile");
        browser = Chromium.start(profile);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void aNewcomerWalksSeed003FromTheWizardToVerified() throws IOException {
        signIn("operator", "operator-pw");
        submitWith(browser.findElement(By.id("start-wizard")));
        continueWith(Map.of());
        browser.findElement(By.id("create-true")).click();
        continueWith(Map.of("accountId", SOURCE, "roleName", SOURCE_ROLE));
        browser.findElement(By.id("create-true")).click();
        continueWith(Map.of("accountId", DESTINATION, "roleName", DESTINATION_ROLE));
        continueWith(Map.of(
                "ecs-family", "sandbox-" + SUFFIX,
                "ecs-containerName", "test",
                "ecs-image", "your-test-image",
                "ecs-cpu", "100",
                "ecs-memory", "200"));
        assertThat(browser.getTitle()).isEqualTo("Preview · Rolewire");
        Chromium.saveScreenshot(browser, "sandbox-preview");
        submitWith(browser.findElement(By.id("save")));
        String runPage = browser.getCurrentUrl();
        submitWith(browser.findElement(By.cssSelector("#submit-form button")));
        assertThat(status()).isEqualTo("Submitted");

        signOut();
        signIn("admin", "admin-pw");
        browser.get(runPage);
        submitWith(browser.findElement(By.cssSelector("#live-plan-form button")));
        assertThat(browser.findElement(By.id("reach-SOURCE")).getText()).contains("read");
        assertThat(browser.findElement(By.id("reach-DESTINATION")).getText()).contains("read");
        Chromium.saveScreenshot(browser, "sandbox-live-plan");
        submitWith(browser.findElement(By.cssSelector("#approve-form button")));
        submitWith(browser.findElement(By.cssSelector("#confirm-form button")));
        assertThat(status()).isEqualTo("Approved");

        signOut();
        signIn("operator", "operator-pw");
        browser.get(runPage);
        submitWith(browser.findElement(By.cssSelector("#apply-form button")));
        submitWith(browser.findElement(By.cssSelector("#confirm-form button")));
        new WebDriverWait(browser, Duration.ofMinutes(2))
                .ignoring(WebDriverException.class)
                .until(driver -> "Verified".equals(status()));
        Chromium.saveScreenshot(browser, "sandbox-verified");
        assertThat(browser.findElements(By.cssSelector("#verification-checks tbody tr")))
                .extracting(row -> row.getAttribute("data-passed"))
                .containsOnly("true");

        String trust = URLDecoder.decode(
                FlociAccount.root(DESTINATION)
                        .iam()
                        .getRole(r -> r.roleName(DESTINATION_ROLE))
                        .role()
                        .assumeRolePolicyDocument(),
                StandardCharsets.UTF_8);
        assertThat(trust).as("written in the emulator").contains("arn:aws:iam::" + SOURCE + ":role/" + SOURCE_ROLE);
    }

    /** The run's status badge, next to the title. */
    private String status() {
        return browser.findElement(By.cssSelector("h1 + .run-status")).getText();
    }

    private void signIn(String username, String password) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        submitWith(browser.findElement(By.cssSelector("form button[type=submit]")));
    }

    private void signOut() {
        submitWith(browser.findElement(By.cssSelector("form[action$='/logout'] button[type=submit]")));
    }

    private void continueWith(Map<String, String> fields) {
        fields.forEach((id, value) -> {
            WebElement input = browser.findElement(By.id(id));
            input.clear();
            input.sendKeys(value);
        });
        submitWith(browser.findElement(By.id("continue")));
    }

    /** Clicks and waits until the next page has replaced this one. */
    private void submitWith(WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(page));
    }
}
