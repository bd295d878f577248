package io.rolewire.web.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.testsupport.Chromium;
import io.rolewire.testsupport.RequiresChromium;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * An operator in Chromium creates a token on "My tokens", copies it from the page (shown once),
 * calls the API with it, then revokes it, after which the API refuses it.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokensBrowserTest {

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
    void anOperatorCreatesUsesAndRevokesAToken() throws Exception {
        signIn("operator", "operator-pw");
        submitWith(browser.findElement(By.id("nav-tokens")));
        String name = "browser " + System.nanoTime();
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.cssSelector("input[name=validity][value=DAYS_7]"))
                .click();
        submitWith(browser.findElement(By.cssSelector("#token-create button[type=submit]")));

        String secret = browser.findElement(By.id("token-secret")).getAttribute("value");
        assertThat(secret).startsWith("rwt_");
        Chromium.saveScreenshot(browser, "tokens-created");
        assertThat(plans(secret)).isEqualTo(200);

        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("token-secret"))).as("shown once").isEmpty();
        WebElement row = browser.findElement(By.xpath("//tr[td[@class='token-name' and text()='" + name + "']]"));
        submitWith(row.findElement(By.cssSelector("button[type=submit]")));

        WebElement revoked = browser.findElement(By.xpath("//tr[td[@class='token-name' and text()='" + name + "']]"));
        assertThat(revoked.findElement(By.className("token-status")).getText()).isEqualTo("revoked");
        assertThat(plans(secret)).isEqualTo(401);
    }

    private int plans(String secret) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/plans")))
                .header("Authorization", "Bearer " + secret)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of("docs/examples/seed-003.json")))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
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

    /** Clicks and waits until the next page has replaced this one. */
    private void submitWith(WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(page));
    }
}
