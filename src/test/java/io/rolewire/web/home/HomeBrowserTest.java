package io.rolewire.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.testsupport.Chromium;
import io.rolewire.testsupport.RequiresChromium;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
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
 * Each role's home page in Debian's Chromium, with a screenshot of each (target/screenshots):
 * the operator's open draft and submitted run, the admin's count and queue, the reviewer's
 * integrity, failures and activity.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomeBrowserTest {

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
    void everyRoleLandsOnItsOwnHomePage() throws Exception {
        String run = submittedRun();

        signIn("operator", "operator-pw");
        browser.get(url("/wizard"));
        String draft = browser.getCurrentUrl().split("/")[4];
        browser.get(url("/"));
        assertThat(browser.findElement(By.id("resume-" + draft)).getAttribute("href"))
                .endsWith("/wizard/" + draft);
        assertThat(browser.findElements(By.cssSelector("#my-runs-SUBMITTED #my-run-" + run)))
                .hasSize(1);
        Chromium.saveScreenshot(browser, "home-operator");
        submitWith(browser.findElement(By.cssSelector("#delete-" + draft + " button")));
        assertThat(browser.findElements(By.id("draft-" + draft))).isEmpty();
        signOut();

        signIn("admin", "admin-pw");
        assertThat(Long.parseLong(
                        browser.findElement(By.id("nav-approvals-count")).getText()))
                .isPositive();
        assertThat(browser.findElements(By.id("pending-" + run))).hasSize(1);
        Chromium.saveScreenshot(browser, "home-admin");
        signOut();

        signIn("reviewer", "reviewer-pw");
        assertThat(browser.findElements(By.id("integrity"))).hasSize(1);
        assertThat(browser.findElements(By.id("failures"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#activity #run-" + run)))
                .hasSize(1);
        assertThat(browser.findElements(By.id("start-wizard"))).isEmpty();
        Chromium.saveScreenshot(browser, "home-reviewer");
    }

    /** A run of the operator, submitted, through the API (the browser part is the home page). */
    private String submittedRun() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> created = http.send(
                api("/api/v1/runs")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                Files.readString(Path.of("docs/examples/seed-003.json"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        HttpResponse<String> submitted = http.send(
                api("/api/v1/runs/" + id + "/submit")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).isEqualTo(200);
        return id;
    }

    private HttpRequest.Builder api(String path) {
        String basic = Base64.getEncoder().encodeToString("operator:operator-pw".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Basic " + basic);
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

    /** Clicks a submit button and waits until the next page has replaced this one. */
    private void submitWith(WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(page));
    }
}
