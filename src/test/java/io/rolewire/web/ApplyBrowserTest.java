package io.rolewire.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Actor;
import io.rolewire.runs.Runs;
import io.rolewire.testsupport.Chromium;
import io.rolewire.testsupport.FlociAccount;
import io.rolewire.testsupport.LocalFloci;
import io.rolewire.testsupport.RequiresChromium;
import io.rolewire.testsupport.RequiresFloci;
import io.rolewire.testsupport.Seed003;
import io.rolewire.testsupport.aws.FaultProxy;
import io.rolewire.testsupport.aws.ProxiedCall;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Seed 003 from submit to VERIFIED in Chromium, against Floci through the FaultProxy (200 ms per AWS
 * call, accounts of its own): the operator submits, an
 * admin reads the live state and approves it, the operator applies; the run page follows the steps
 * as they run (rolewire.js swaps the progress fragment in) and ends VERIFIED with the evidence.
 * Needs the apply module's implementation (apply.internal).
 */
@RequiresChromium
@RequiresFloci
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplyBrowserTest {

    static final String SOURCE =
            String.format("493%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    static final String DESTINATION = "494" + SOURCE.substring(3);

    static FaultProxy proxy;
    static Path credentials;

    @DynamicPropertySource
    static void pointAtFloci(DynamicPropertyRegistry registry) throws IOException {
        proxy = FaultProxy.start(LocalFloci.endpoint());
        // slow enough that the page sees the apply under way, fast enough for a test
        proxy.latency(Duration.ofMillis(200));
        credentials = Files.createTempDirectory("rolewire-floci");
        Path file = Files.writeString(
                credentials.resolve("credentials"),
                "[floci-" + SOURCE + "]\naws_access_key_id = " + SOURCE + "\naws_secret_access_key = test\n"
                        + "[floci-" + DESTINATION + "]\naws_access_key_id = " + DESTINATION
                        + "\naws_secret_access_key = test\n");
        registry.add("rolewire.apply.aws-access", () -> "true");
        registry.add("rolewire.aws.endpoint-url", () -> proxy.endpoint().toString());
        registry.add("rolewire.aws.region", () -> FlociAccount.REGION);
        registry.add("rolewire.aws.credentials-file", file::toString);
        for (String account : List.of(SOURCE, DESTINATION)) {
            registry.add("rolewire.aws.accounts." + account + ".profile", () -> "floci-" + account);
        }
        registry.add("rolewire.apply.first-backoff", () -> "10ms");
        registry.add("rolewire.apply.max-backoff", () -> "50ms");
        registry.add("rolewire.apply.propagation-timeout", () -> "5s");
    }

    @AfterAll
    static void stopTheProxy() throws IOException {
        proxy.close();
        deleteTree(credentials);
    }

    @LocalServerPort
    int port;

    @Autowired
    Runs runs;

    @Autowired
    Wiring wiring;

    Path profile;
    ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("chrome-profile");
        browser = Chromium.start(profile);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        browser.quit();
        deleteTree(profile);
    }

    @Test
    void submittedApprovedAppliedAndVerifiedWhileThePageFollowsTheSteps() throws IOException {
        long runId = seed003Draft();
        String runPage = url("/runs/" + runId);

        signIn("operator", "operator-pw");
        browser.get(runPage);
        submitWith(browser.findElement(By.cssSelector("#submit-form button")));
        assertThat(status()).isEqualTo("Submitted");

        signOut();
        signIn("admin", "admin-pw");
        browser.get(runPage);
        submitWith(browser.findElement(By.cssSelector("#live-plan-form button")));
        assertThat(browser.findElement(By.id("flash")).getText()).contains("was read");
        assertThat(browser.findElement(By.id("reach-SOURCE")).getText()).contains("read");
        assertThat(browser.findElement(By.id("reach-DESTINATION")).getText()).contains("read");
        assertThat(browser.findElements(By.cssSelector("#live-plan-resources .plan-change-CREATE")))
                .isNotEmpty();
        String liveHash =
                browser.findElement(By.cssSelector("#live-plan-hash code")).getText();
        Chromium.saveScreenshot(browser, "apply-live-plan");
        // Approve leads to a confirmation page: what is written where, by whom, the hash approved
        submitWith(browser.findElement(By.cssSelector("#approve-form button")));
        assertThat(browser.findElement(By.id("confirm-plan-hash")).getText()).isEqualTo(liveHash);
        assertThat(browser.findElement(By.id("confirm-by")).getText()).contains("admin");
        assertThat(browser.findElement(By.id("confirm-account-SOURCE")).getText())
                .contains(SOURCE);
        assertThat(browser.findElement(By.id("confirm-account-DESTINATION")).getText())
                .contains(DESTINATION);
        assertThat(browser.findElement(By.cssSelector("#confirm-form input[name=planHash]"))
                        .getAttribute("value"))
                .isEqualTo(liveHash);
        Chromium.saveScreenshot(browser, "confirm-approve");
        submitWith(browser.findElement(By.id("confirm-cancel")));
        assertThat(status()).as("Cancel changes nothing").isEqualTo("Submitted");
        submitWith(browser.findElement(By.cssSelector("#approve-form button")));
        submitWith(browser.findElement(By.cssSelector("#confirm-form button")));
        assertThat(status()).isEqualTo("Approved");
        assertThat(writes()).as("reading and approving write nothing").isEmpty();

        signOut();
        signIn("operator", "operator-pw");
        browser.get(runPage);
        submitWith(browser.findElement(By.cssSelector("#apply-form button")));
        assertThat(browser.findElement(By.id("confirm-by")).getText()).contains("operator");
        assertThat(browser.findElements(By.cssSelector(".confirm-write"))).isNotEmpty();
        Chromium.saveScreenshot(browser, "confirm-apply");
        assertThat(writes()).as("the confirmation page writes nothing").isEmpty();
        submitWith(browser.findElement(By.cssSelector("#confirm-form button")));
        WebElement page = browser.findElement(By.tagName("html"));
        WebElement progressAtLoad = browser.findElement(By.id("apply-progress"));
        assertThat(progressAtLoad.getAttribute("data-live")).isEqualTo("true");
        assertThat(status()).isEqualTo("Applying");
        // rolewire.js replaces the steps with a fresh fragment (no reload needed for that)
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(progressAtLoad));
        Chromium.saveScreenshot(browser, "apply-progress");

        // then it reloads the page once the apply is over: the status follows
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(driver -> "Verified".equals(status()));
        assertThat(browser.findElements(By.tagName("html")))
                .as("the page was reloaded")
                .doesNotContain(page);
        Chromium.saveScreenshot(browser, "apply-verified");

        WebElement progress = browser.findElement(By.id("apply-progress"));
        assertThat(progress.getAttribute("data-live")).isEqualTo("false");
        assertThat(browser.findElement(By.id("apply-progress-bar")).getAttribute("value"))
                .isEqualTo("100");
        List<WebElement> steps = browser.findElements(By.cssSelector("#apply-steps tbody tr"));
        assertThat(steps).hasSizeGreaterThanOrEqualTo(4);
        // the destination trust was written by CreateRole of the destination role: in place, skipped
        assertThat(steps).extracting(row -> row.getAttribute("data-outcome")).containsOnly("DONE", "SKIPPED");
        assertThat(steps)
                .filteredOn(row -> "DONE".equals(row.getAttribute("data-outcome")))
                .hasSizeGreaterThanOrEqualTo(4)
                .extracting(row ->
                        row.findElement(By.cssSelector("td:nth-child(8)")).getText())
                .as("every call has AWS's request id")
                .allSatisfy(requestId -> assertThat(requestId).isNotBlank());
        List<WebElement> checks = browser.findElements(By.cssSelector("#verification-checks tbody tr"));
        assertThat(checks).hasSize(3);
        assertThat(checks).extracting(row -> row.getAttribute("data-passed")).containsOnly("true");
        assertThat(browser.findElement(By.id("verification-result")).getText()).contains("Verified");
        assertThat(browser.findElement(By.id("reverify-form")).isDisplayed()).isTrue();

        assertThat(writes())
                .extracting(ProxiedCall::action, ProxiedCall::account)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("CreateRole", SOURCE),
                        org.assertj.core.groups.Tuple.tuple("PutRolePolicy", SOURCE),
                        org.assertj.core.groups.Tuple.tuple("CreateRole", DESTINATION),
                        org.assertj.core.groups.Tuple.tuple("RegisterTaskDefinition", SOURCE));
    }

    private long seed003Draft() {
        WiringInput input = Seed003.input(SOURCE, DESTINATION, FlociAccount.REGION, true);
        return runs.createDraft(input, wiring.preview(input), new Actor("operator"))
                .id();
    }

    private static List<ProxiedCall> writes() {
        return proxy.calls().stream().filter(ProxiedCall::isWrite).toList();
    }

    /** The run's status badge, next to the title. */
    private String status() {
        return browser.findElement(By.cssSelector("h1 + .run-status")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        submitWith(browser.findElement(By.cssSelector("form button[type=submit]")));
    }

    private void signOut() {
        submitWith(browser.findElement(By.cssSelector("form[action$='/logout'] button[type=submit]")));
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

    private static void deleteTree(Path directory) throws IOException {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
