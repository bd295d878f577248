package io.rolewire.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Actor;
import io.rolewire.runs.Runs;
import io.rolewire.testsupport.BrowserSession;
import io.rolewire.testsupport.Chromium;
import io.rolewire.testsupport.RequiresChromium;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page chrome in Chromium at 1366 and 390 px: the navigation folds behind "Menu" on a phone and
 * "Sign out" is reachable once it is open; hashes are short with a copy button; the favicon and
 * every other linked asset answer 200 on every page. Screenshots go to target/screenshots.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WordsBrowserTest {

    private static final List<String> PAGES =
            List.of("/", "/runs", "/wizard", "/approvals", "/audit/integrity", "/tokens");

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

    @Test
    void atPhoneWidthTheMenuFoldsAndSignOutIsReachableOnceOpened() throws IOException {
        long run = saved();
        session.signIn("admin", "admin-pw");

        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(session.url("/runs/" + run));
        assertThat(browser.findElement(By.cssSelector("label[for='nav-toggle']"))
                        .isDisplayed())
                .isFalse();
        assertWithinViewport(browser.findElement(By.id("sign-out")));
        Chromium.saveScreenshot(browser, "words-run-1366");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(session.url("/runs/" + run));
        Number width = (Number) browser.executeScript("return window.innerWidth");
        assertThat(width.intValue()).isLessThanOrEqualTo(400);
        WebElement signOut = browser.findElement(By.id("sign-out"));
        assertThat(signOut.isDisplayed()).as("folded behind Menu").isFalse();
        assertThat(browser.findElement(By.id("nav-runs")).isDisplayed()).isFalse();
        Chromium.saveScreenshot(browser, "words-run-390-menu-closed");

        browser.findElement(By.cssSelector("label[for='nav-toggle']")).click();

        assertThat(signOut.isDisplayed()).isTrue();
        assertWithinViewport(signOut);
        assertWithinViewport(browser.findElement(By.id("nav-runs")));
        // the bar itself never runs off the screen
        Number navWidth = (Number) browser.executeScript("return document.querySelector('header nav').scrollWidth");
        assertThat(navWidth.intValue()).isLessThanOrEqualTo(width.intValue());
        Chromium.saveScreenshot(browser, "words-run-390-menu-open");

        // and without a mouse: the toggle is a focusable checkbox, Space opens and closes it
        browser.get(session.url("/runs"));
        WebElement toggle = browser.findElement(By.id("nav-toggle"));
        browser.executeScript("arguments[0].focus()", toggle);
        toggle.sendKeys(" ");
        assertThat(browser.findElement(By.id("sign-out")).isDisplayed()).isTrue();
        Chromium.saveScreenshot(browser, "words-history-390-menu-open");
    }

    @Test
    void theRunPageShowsShortHashesWithACopyButtonAndNamesWrapAtTheirSeparators() throws IOException {
        long run = saved();
        session.signIn("reviewer", "reviewer-pw");
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(session.url("/runs/" + run));

        WebElement hash = browser.findElement(By.id("plan-hash-value"));
        String full = hash.getAttribute("title");
        assertThat(full).hasSize(64);
        assertThat(hash.getAttribute("textContent")).isEqualTo(full);
        Number shown = (Number) browser.executeScript("return arguments[0].clientWidth", hash);
        Number needed = (Number) browser.executeScript("return arguments[0].scrollWidth", hash);
        assertThat(shown.intValue()).as("shown short").isLessThan(needed.intValue() / 3);
        Number lines = (Number) browser.executeScript(
                "var r = arguments[0].getBoundingClientRect(); return Math.round(r.height / parseFloat("
                        + "getComputedStyle(arguments[0]).lineHeight))",
                hash);
        assertThat(lines.intValue()).as("one line").isLessThanOrEqualTo(1);
        WebElement copy = browser.findElement(By.cssSelector("button[data-copy-target='plan-hash-value']"));
        assertThat(copy.isDisplayed()).as("shown by rolewire.js").isTrue();

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(session.url("/runs"));
        Chromium.saveScreenshot(browser, "words-history-390");
        WebElement role = browser.findElement(By.cssSelector("#run-" + run + " .name"));
        assertThat(role.getText().replace("\n", "")).isEqualTo("team-wide-cross-account-task-role");
    }

    @Test
    void everyPageLinksOnlyAssetsThatAnswer200TheFaviconIncluded() throws IOException {
        session.signIn("admin", "admin-pw");
        for (String page : PAGES) {
            browser.get(session.url(page));
            assertThat(browser.findElement(By.cssSelector("link[rel='icon']")).getAttribute("href"))
                    .endsWith("/favicon.svg");
            @SuppressWarnings("unchecked")
            Map<String, Object> statuses =
                    (Map<String, Object>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                            + "var urls = Array.from(document.querySelectorAll('link[href], script[src], img[src]'))"
                            + "  .map(function (e) { return e.href || e.src; });"
                            + "Promise.all(urls.map(function (u) {"
                            + "  return fetch(u, {credentials: 'same-origin'}).then(function (r) { return [u, r.status]; });"
                            + "})).then(function (pairs) { done(Object.fromEntries(pairs)); });");
            assertThat(statuses).as(page).isNotEmpty();
            assertThat(statuses.values())
                    .as(page)
                    .allSatisfy(
                            status -> assertThat(((Number) status).intValue()).isEqualTo(200));
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(session.url("/"));
        Chromium.saveScreenshot(browser, "words-home-1366");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(session.url("/"));
        Chromium.saveScreenshot(browser, "words-home-390");
    }

    private void assertWithinViewport(WebElement element) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                        + "return {left: r.left, right: r.right, width: window.innerWidth, height: r.height};",
                element);
        assertThat(((Number) box.get("height")).doubleValue()).isGreaterThan(0);
        assertThat(((Number) box.get("left")).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(((Number) box.get("right")).doubleValue())
                .isLessThanOrEqualTo(((Number) box.get("width")).doubleValue());
    }

    private long saved() {
        WiringInput input = new WiringInput(
                Workload.ECS_TASK,
                "us-east-1",
                new SourceRole("111122223333", "team-wide-cross-account-task-role", false),
                new DestinationRole("555566667777", "words-reader-" + System.nanoTime(), false, List.of()),
                new EcsTaskOptions("family", "app", "your-test-image", 256, 512, LaunchType.FARGATE, null, false),
                null);
        return runs.createDraft(input, wiring.preview(input), new Actor("operator"))
                .id();
    }
}
