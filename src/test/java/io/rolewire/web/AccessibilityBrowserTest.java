package io.rolewire.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Actor;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.Runs;
import io.rolewire.testsupport.Axe;
import io.rolewire.testsupport.BrowserSession;
import io.rolewire.testsupport.Chromium;
import io.rolewire.testsupport.RequiresAxe;
import io.rolewire.testsupport.Seed003;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core over every page of each role's flows, at 1366 px and at 390 px: no serious or critical
 * violation anywhere. The pages are reached as a person reaches them (signed in as the role that
 * uses them), with runs in the states that show each page's content, and each page is saved as a
 * screenshot (target/screenshots/a11y-*).
 */
@RequiresAxe
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Runs runs;

    @Autowired
    RunLifecycle lifecycle;

    @Autowired
    Wiring wiring;

    BrowserSession session;
    ChromeDriver browser;

    /** Page name to its serious and critical violations; every page visited gets an entry. */
    final Map<String, List<String>> found = new LinkedHashMap<>();

    @BeforeEach
    void startBrowser() throws IOException {
        session = BrowserSession.open(port);
        browser = session.driver();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        session.close();
    }

    @Test
    void everyPageAtDesktopWidth() throws IOException {
        walkEveryPage("1366");
    }

    @Test
    void everyPageAtPhoneWidth() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        walkEveryPage("390");
    }

    /**
     * The wizard from the home page to a saved run with the keyboard alone: every field and button is
     * reached with Tab from the one before it, filled by typing and pressed with Enter.
     */
    @Test
    void anOperatorWiresSeed003WithTheKeyboardOnly() {
        session.signIn("operator", "operator-pw");
        pressEnterOn("start-wizard");
        assertThat(browser.getTitle()).startsWith("Workload");
        pressEnterOn("continue");
        assertThat(browser.getTitle()).startsWith("Source account");
        typeInto("accountId", Seed003.SOURCE);
        typeInto("roleName", "keyboard-task-role");
        pressEnterOn("continue");
        assertThat(browser.getTitle()).startsWith("Destination account");
        typeInto("accountId", Seed003.DESTINATION);
        typeInto("roleName", Seed003.DESTINATION_ROLE);
        pressEnterOn("continue");
        assertThat(browser.getTitle()).startsWith("Workload details");
        typeInto("ecs-family", Seed003.FAMILY);
        typeInto("ecs-containerName", "test");
        typeInto("ecs-image", "your-test-image");
        typeInto("ecs-cpu", "256");
        typeInto("ecs-memory", "512");
        pressEnterOn("continue");
        assertThat(browser.getTitle()).startsWith("Preview");
        pressEnterOn("save");
        assertThat(browser.getTitle()).startsWith("Run #");
    }

    private void typeInto(String id, String text) {
        tabTo(id);
        new Actions(browser)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys(text)
                .perform();
    }

    private void pressEnterOn(String id) {
        tabTo(id);
        WebElement page = browser.findElement(By.tagName("html"));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        session.waitUntilReplaced(page);
    }

    /** Presses Tab from where the focus is until the element with this id has it (a page has < 120 stops). */
    private void tabTo(String id) {
        for (int stop = 0; stop < 120; stop++) {
            if (id.equals(browser.switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("#" + id + " is not reachable with Tab on " + browser.getTitle());
    }

    private void walkEveryPage(String width) throws IOException {
        long draft = saved("a11y-draft-role");
        long submitted = submitted("a11y-submitted-role");

        browser.get(session.url("/login"));
        check("login-" + width);

        session.signIn("operator", "operator-pw");
        check("home-operator-" + width);
        walkTheWizard(width);
        visit("/runs/" + draft, "run-draft-" + width);
        visit("/runs", "history-" + width);
        visit("/runs?createdFrom=not-a-date", "history-bad-filter-" + width);
        visit("/runs/compare?left=" + draft + "&right=" + submitted, "compare-" + width);
        visit("/roles?accountId=" + Seed003.DESTINATION + "&roleName=" + Seed003.DESTINATION_ROLE, "roles-" + width);
        visit("/tokens", "tokens-" + width);
        visit("/runs/999999999", "not-found-" + width);
        signOut();

        session.signIn("admin", "admin-pw");
        check("home-admin-" + width);
        visit("/approvals", "approvals-" + width);
        visit("/runs/" + submitted, "run-submitted-" + width);
        visit("/runs/" + submitted + "/approve", "confirm-approve-" + width);
        signOut();

        session.signIn("reviewer", "reviewer-pw");
        check("home-reviewer-" + width);
        visit("/audit/integrity", "integrity-" + width);
        visit("/runs/" + submitted + "/verify", "run-verify-" + width);

        publishReadmeImages(width);
        assertThat(found).as("pages checked").hasSizeGreaterThanOrEqualTo(20);
        assertThat(found)
                .allSatisfy((page, violations) -> assertThat(violations)
                        .as("serious or critical axe-core violations on " + page)
                        .isEmpty());
    }

    /** The wizard from its start to the preview, with one page of errors on the way. */
    private void walkTheWizard(String width) throws IOException {
        session.submitWith(browser.findElement(By.id("start-wizard")));
        check("wizard-workload-" + width);
        continueWith(Map.of());
        check("wizard-source-" + width);
        continueWith(Map.of("accountId", "1111", "roleName", "my-ECS-task-role"));
        check("wizard-source-errors-" + width);
        continueWith(Map.of("accountId", Seed003.SOURCE));
        check("wizard-destination-" + width);
        continueWith(Map.of("accountId", Seed003.DESTINATION, "roleName", Seed003.DESTINATION_ROLE));
        check("wizard-details-" + width);
        continueWith(Map.of(
                "ecs-family", Seed003.FAMILY,
                "ecs-containerName", "test",
                "ecs-image", "your-test-image",
                "ecs-cpu", "256",
                "ecs-memory", "512"));
        assertThat(browser.getTitle())
                .as(() -> "the details were accepted: "
                        + browser.findElement(By.tagName("main")).getText())
                .startsWith("Preview");
        check("wizard-preview-" + width);
    }

    /**
     * The README's pictures are these screenshots: {@code ./mvnw test -Dtest=AccessibilityBrowserTest
     * -Drolewire.readme-images=docs/images} copies them there, so they show the pages as they are.
     */
    private static void publishReadmeImages(String width) throws IOException {
        String target = System.getProperty("rolewire.readme-images");
        if (target == null || target.isBlank()) {
            return;
        }
        Map<String, String> pictures = "1366".equals(width)
                ? Map.of(
                        "a11y-wizard-preview-1366", "preview",
                        "a11y-run-submitted-1366", "run",
                        "a11y-home-admin-1366", "home-admin",
                        "a11y-history-1366", "history")
                : Map.of("a11y-wizard-preview-390", "preview-phone");
        Files.createDirectories(Path.of(target));
        for (Map.Entry<String, String> picture : pictures.entrySet()) {
            Files.copy(
                    Path.of("target", "screenshots", picture.getKey() + ".png"),
                    Path.of(target, picture.getValue() + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void visit(String path, String name) throws IOException {
        browser.get(session.url(path));
        check(name);
    }

    private void check(String name) throws IOException {
        Chromium.saveScreenshot(browser, "a11y-" + name);
        found.put(name + " (" + browser.getTitle() + ")", Axe.violations(browser));
    }

    private long saved(String sourceRole) {
        WiringInput input = withSourceRole(sourceRole);
        return runs.createDraft(input, wiring.preview(input), new Actor("operator"))
                .id();
    }

    private long submitted(String sourceRole) {
        long id = saved(sourceRole);
        lifecycle.submit(id, ActingUser.of("operator", ActingUser.OPERATOR));
        return id;
    }

    private static WiringInput withSourceRole(String sourceRole) {
        WiringInput seed = Seed003.input("us-east-1", false);
        return new WiringInput(
                seed.workload(),
                seed.region(),
                new io.rolewire.wiring.SourceRole(Seed003.SOURCE, sourceRole, true),
                seed.destination(),
                seed.ecs(),
                seed.ec2());
    }

    private void signOut() {
        browser.get(session.url("/"));
        WebElement signOut = browser.findElement(By.cssSelector("form[action$='/logout'] button[type=submit]"));
        // at 390 px the sign-out button may sit in a collapsed menu: submit its form as the button would
        WebElement page = browser.findElement(By.tagName("html"));
        browser.executeScript("arguments[0].form.requestSubmit(arguments[0])", signOut);
        session.waitUntilReplaced(page);
    }

    /** Fills text fields by id (a select is set to the option with that value), then Continue. */
    private void continueWith(Map<String, String> fields) {
        fields.forEach((id, value) -> {
            WebElement input = browser.findElement(By.id(id));
            if ("select".equals(input.getTagName())) {
                new org.openqa.selenium.support.ui.Select(input).selectByValue(value);
            } else {
                input.clear();
                input.sendKeys(value);
            }
        });
        session.submitWith(browser.findElement(By.id("continue")));
    }
}
