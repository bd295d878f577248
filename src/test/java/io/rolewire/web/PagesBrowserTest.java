package io.rolewire.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Actor;
import io.rolewire.runs.Runs;
import io.rolewire.testsupport.BrowserSession;
import io.rolewire.testsupport.Chromium;
import io.rolewire.testsupport.FlociAccount;
import io.rolewire.testsupport.LocalFloci;
import io.rolewire.testsupport.RequiresChromium;
import io.rolewire.testsupport.RequiresFloci;
import io.rolewire.testsupport.Seed003;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The short pages of issue 11 in Chromium, against Floci for the live plan (reads only, accounts of
 * its own): screenshots go to target/screenshots (pages-*.png).
 */
@RequiresChromium
@RequiresFloci
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesBrowserTest {

    static final String SOURCE =
            String.format("495%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    static final String DESTINATION = "496" + SOURCE.substring(3);

    static Path credentials;

    @DynamicPropertySource
    static void pointAtFloci(DynamicPropertyRegistry registry) throws IOException {
        credentials = Files.createTempDirectory("rolewire-floci");
        Path file = Files.writeString(
                credentials.resolve("credentials"),
                "[floci-" + SOURCE + "]\naws_access_key_id = " + SOURCE + "\naws_secret_access_key = test\n"
                        + "[floci-" + DESTINATION + "]\naws_access_key_id = " + DESTINATION
                        + "\naws_secret_access_key = test\n");
        registry.add("rolewire.apply.aws-access", () -> "true");
        registry.add("rolewire.aws.endpoint-url", () -> LocalFloci.endpoint().toString());
        registry.add("rolewire.aws.region", () -> FlociAccount.REGION);
        registry.add("rolewire.aws.credentials-file", file::toString);
        for (String account : List.of(SOURCE, DESTINATION)) {
            registry.add("rolewire.aws.accounts." + account + ".profile", () -> "floci-" + account);
        }
    }

    @AfterAll
    static void deleteCredentials() throws IOException {
        org.springframework.util.FileSystemUtils.deleteRecursively(credentials);
    }

    @LocalServerPort
    int port;

    @Autowired
    Runs runs;

    @Autowired
    Wiring wiring;

    BrowserSession session;
    ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        session = BrowserSession.open(port);
        browser = session.driver();
    }

    @AfterEach
    void stopBrowser() throws IOException {
        session.close();
    }

    /**
     * Preview, run page and compare with seed 003 and a live plan read from Floci: the picture is
     * drawn, the documents are collapsed, one opens on a click and all with "Expand all", and two runs
     * ticked in the history are compared. Prints each page's height (document.body.scrollHeight).
     */
    @Test
    void previewRunAndComparePagesAreShortAndShowThePicture() throws IOException {
        long first = draft(Seed003.input(SOURCE, DESTINATION, FlociAccount.REGION, true));
        long second = draft(otherDestination(Seed003.input(SOURCE, DESTINATION, FlociAccount.REGION, true)));
        session.signIn("operator", "operator-pw");

        browser.get(session.url("/runs/" + first));
        session.submitWith(browser.findElement(By.cssSelector("#live-plan-form button")));
        assertThat(browser.findElement(By.id("wiring-picture")).getAttribute("data-live"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("picture-source-role")).getAttribute("data-mark"))
                .isEqualTo("CREATE");
        assertThat(browser.findElement(By.id("next-action")).getText()).contains("submit it for approval");
        assertDocumentsCollapsedThenOpenOneThenAll("sourcePermissionPolicy");
        height("run page, live plan read");
        top();
        Chromium.saveScreenshot(browser, "pages-run");
        scrollTo(browser.findElement(By.id("wiring-picture")));
        Chromium.saveScreenshot(browser, "pages-run-picture");

        session.submitWith(browser.findElement(By.cssSelector("#copy-form button")));
        String draftId = browser.getCurrentUrl().replaceAll(".*/wizard/([^/]+)/.*", "$1");
        browser.get(session.url("/wizard/" + draftId + "/preview"));
        assertThat(browser.findElement(By.id("wiring-picture")).getAttribute("data-live"))
                .isEqualTo("false");
        height("preview");
        session.submitWith(browser.findElement(By.id("live-plan-read-link")));
        assertThat(browser.findElement(By.id("wiring-picture")).getAttribute("data-live"))
                .isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("#wiring-picture .wiring-box")))
                .hasSize(5);
        assertDocumentsCollapsedThenOpenOneThenAll("taskDefinition");
        height("preview, live plan read");
        top();
        Chromium.saveScreenshot(browser, "pages-preview");
        scrollTo(browser.findElement(By.id("documents")));
        Chromium.saveScreenshot(browser, "pages-preview-documents");

        browser.get(session.url("/runs"));
        session.click(browser.findElement(By.id("tick-" + second)));
        session.click(browser.findElement(By.id("tick-" + first)));
        session.submitWith(browser.findElement(By.cssSelector("#compare-selected button[type=submit]")));
        assertThat(browser.getCurrentUrl()).contains("/runs/compare?run=");
        assertThat(browser.findElement(By.id("left")).getAttribute("value")).isEqualTo(String.valueOf(first));
        WebElement roleChange = browser.findElement(By.cssSelector("tr[data-input='inputs.destination']"));
        assertThat(roleChange.getText()).contains(Seed003.DESTINATION_ROLE, "another-cross-account-role");
        WebElement same = browser.findElement(By.id("compare-same"));
        assertThat(same.getAttribute("open")).isNull();
        assertThat(browser.findElement(By.id("compare-sourcePermissionPolicy")).getAttribute("open"))
                .isNotNull();
        height("compare");
        top();
        Chromium.saveScreenshot(browser, "pages-compare");
    }

    /** Every document collapsed; a click on one summary opens that one only; "Expand all" opens all. */
    private void assertDocumentsCollapsedThenOpenOneThenAll(String key) {
        List<WebElement> documents = browser.findElements(By.cssSelector("#documents details.document"));
        assertThat(documents).isNotEmpty();
        assertThat(documents).allSatisfy(d -> assertThat(d.getAttribute("open")).isNull());
        assertThat(browser.findElement(By.id("doc-" + key)).isDisplayed()).isFalse();

        session.click(browser.findElement(By.cssSelector("#document-" + key + " > summary")));
        assertThat(browser.findElement(By.id("doc-" + key)).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#documents details.document[open]")))
                .hasSize(1);

        WebElement toggle = browser.findElement(By.id("documents-toggle"));
        session.click(toggle);
        assertThat(browser.findElements(By.cssSelector("#documents details.document[open]")))
                .hasSize(documents.size());
        assertThat(toggle.getText()).isEqualTo("Collapse all");
        session.click(toggle);
        assertThat(browser.findElements(By.cssSelector("#documents details.document[open]")))
                .isEmpty();
    }

    private void top() {
        browser.executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
    }

    private void scrollTo(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    }

    /** For the report: how tall the page is at 1366 px wide, everything collapsed as it loads. */
    private void height(String page) {
        Number height = (Number) browser.executeScript("return document.body.scrollHeight");
        System.out.println("page height, " + page + ": " + height + " px");
    }

    private long draft(WiringInput input) {
        return runs.createDraft(input, wiring.preview(input), new Actor("operator"))
                .id();
    }

    private static WiringInput otherDestination(WiringInput input) {
        DestinationRole d = input.destination();
        return new WiringInput(
                input.workload(),
                input.region(),
                input.source(),
                new DestinationRole(d.accountId(), "another-cross-account-role", d.create(), d.managedPolicyArns()),
                input.ecs(),
                input.ec2());
    }
}
