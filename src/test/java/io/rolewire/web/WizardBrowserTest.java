package io.rolewire.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rolewire.testsupport.Chromium;
import io.rolewire.testsupport.RequiresChromium;
import io.rolewire.wiring.GoldenJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

/**
 * What a person clicks, in Debian's Chromium: sign in, walk the wizard (the error summary takes the
 * focus), check the three seed 003 documents, copy one (the script runs under the CSP), save; then a
 * reviewer signs in, filters the history, finds the run and reads the same documents.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WizardBrowserTest {

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
    void stopBrowser() throws IOException {
        browser.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        }
    }

    @Test
    void anOperatorWiresSeed003InTheBrowser() throws IOException {
        signIn("operator", "operator-pw");
        assertThat(browser.getTitle()).isEqualTo("Start · Rolewire");

        submitWith(browser.findElement(By.id("start-wizard")));
        assertThat(browser.getTitle()).isEqualTo("Workload · Rolewire");
        continueWith(Map.of());

        continueWith(Map.of("accountId", "1111222233334444", "roleName", "my-ECS-task-role"));
        assertThat(browser.findElement(By.id("accountId-error")).getText()).contains("12 digits");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        click(browser.findElement(By.cssSelector("#error-summary a")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("accountId");

        continueWith(Map.of("accountId", "111122223333"));
        continueWith(Map.of("accountId", "555566667777", "roleName", "destination-account-role"));
        assertThat(browser.getTitle()).isEqualTo("Workload details · Rolewire");
        continueWith(Map.of(
                "ecs-family", "verify-assume-cross-account-role",
                "ecs-containerName", "test",
                "ecs-image", "your-test-image",
                "ecs-cpu", "100",
                "ecs-memory", "200"));

        assertThat(browser.getTitle()).isEqualTo("Preview · Rolewire");
        Chromium.saveScreenshot(browser, "wizard-preview");
        // documents are collapsed behind their summary rows: open the one to copy
        click(browser.findElement(By.cssSelector("#document-taskDefinition > summary")));
        WebElement copy = browser.findElement(By.cssSelector("[data-copy-target='doc-taskDefinition']"));
        assertThat(copy.isDisplayed())
                .as("rolewire.js ran under the CSP and showed the copy button")
                .isTrue();
        browser.executeCdpCommand(
                "Browser.grantPermissions",
                Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        click(copy);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(copy.getText()).startsWith("Copied"));
        Object copied = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, () => done(null));");
        assertThat(copied)
                .isEqualTo(browser.findElement(By.id("doc-taskDefinition")).getText());

        assertSeed003Documents();

        submitWith(browser.findElement(By.id("save")));
        assertThat(browser.getTitle()).startsWith("Run #");
        String flash = browser.findElement(By.id("flash")).getText();
        assertThat(flash).matches("Run #\\d+ saved as draft");
        String runId = flash.replaceAll("\\D+", " ").strip().split(" ")[0];

        signOut();
        signIn("reviewer", "reviewer-pw");
        reviewerFindsTheRunInTheHistory(runId);
    }

    /** The three documents of seed 003, read off the page, equal the seed's JSON (ids made 12-digit). */
    private void assertSeed003Documents() {
        GoldenJson.assertSemanticallyEqual(
                textOf("doc-sourcePermissionPolicy"), "seed003-source-permission-policy.json");
        GoldenJson.assertSemanticallyEqual(
                textOf("doc-destinationTrustPolicy"), "seed003-destination-trust-policy.json");
        GoldenJson.assertSemanticallyEqual(textOf("doc-taskDefinition"), "seed003-task-definition.json");
    }

    private void reviewerFindsTheRunInTheHistory(String runId) throws IOException {
        assertThat(browser.findElements(By.id("start-wizard")))
                .as("a reviewer is not offered the wizard")
                .isEmpty();
        browser.get("http://localhost:" + port + "/runs");
        click(browser.findElement(By.cssSelector("#more-filters > summary")));
        WebElement roleFilter = browser.findElement(By.id("roleName"));
        roleFilter.sendKeys("destination-account-role");
        submitWith(browser.findElement(By.cssSelector("#filter-form button[type=submit]")));
        WebElement row = browser.findElement(By.id("run-" + runId));
        assertThat(row.getText()).contains("operator", "111122223333", "555566667777");
        Chromium.saveScreenshot(browser, "history-reviewer");

        submitWith(row.findElement(By.linkText("#" + runId)));
        assertThat(browser.getTitle()).startsWith("Run #" + runId);
        assertSeed003Documents();
        Chromium.saveScreenshot(browser, "run-reviewer");
    }

    private String textOf(String id) {
        return browser.findElement(By.id(id)).getAttribute("textContent");
    }

    private void signOut() {
        submitWith(browser.findElement(By.cssSelector("form[action$='/logout'] button[type=submit]")));
        assertThat(browser.getCurrentUrl()).endsWith("/login?logout");
    }

    private void signIn(String username, String password) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        submitWith(browser.findElement(By.cssSelector("form button[type=submit]")));
    }

    private void continueWith(Map<String, String> fields) {
        fields.forEach((id, value) -> {
            WebElement input = browser.findElement(By.id(id));
            input.clear();
            input.sendKeys(value);
        });
        submitWith(browser.findElement(By.id("continue")));
    }

    /** Clicks a submit button and waits until the next page has replaced this one. */
    private void submitWith(WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        click(button);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                // while the old page goes away chromedriver may answer "node does not belong to the document"
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(page));
    }

    /** Bootstrap scrolls smoothly: bring the element into view at once, or the click lands early. */
    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }
}
