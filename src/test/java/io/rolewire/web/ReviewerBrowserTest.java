package io.rolewire.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rolewire.runs.Actor;
import io.rolewire.runs.Runs;
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
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

/**
 * A security reviewer in Chromium: filters the history down to one destination role, opens a run,
 * checks its integrity, compares it with the other run of that role, and exports its events as CSV.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewerBrowserTest {

    static final String DESTINATION = "audited-reader-" + System.nanoTime();

    @LocalServerPort
    int port;

    @Autowired
    Runs runs;

    @Autowired
    Wiring wiring;

    Path profile;
    Path downloads;
    ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("chrome-profile");
        downloads = Files.createTempDirectory("chrome-downloads");
        browser = Chromium.start(profile);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        downloads.toAbsolutePath().toString()));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        browser.quit();
        for (Path directory : List.of(profile, downloads)) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    @Test
    void aReviewerFiltersOpensVerifiesComparesAndExports() throws IOException {
        long teamA = saved("team-a-task-role");
        long teamB = saved("team-b-task-role");
        signIn("reviewer", "reviewer-pw");

        browser.get(url("/runs"));
        browser.findElement(By.cssSelector("#more-filters > summary")).click();
        browser.findElement(By.id("roleName")).sendKeys(DESTINATION);
        submitWith(browser.findElement(By.cssSelector("#filter-form button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector("tr[id^='run-']")))
                .extracting(row -> row.getAttribute("id"))
                .containsExactlyInAnyOrder("run-" + teamA, "run-" + teamB);
        Chromium.saveScreenshot(browser, "reviewer-history-filtered");

        submitWith(browser.findElement(By.id("run-" + teamA)).findElement(By.linkText("#" + teamA)));
        submitWith(browser.findElement(By.id("verify-run")));
        assertThat(browser.findElement(By.id("integrity-report")).getAttribute("data-ok"))
                .isEqualTo("true");
        submitWith(browser.findElement(By.id("back-to-run")));

        browser.findElement(By.id("compare-right")).sendKeys(String.valueOf(teamB));
        submitWith(browser.findElement(By.cssSelector("#compare-with button[type=submit]")));
        WebElement trust = browser.findElement(By.id("compare-destinationTrustPolicy"));
        assertThat(trust.findElements(By.className("compare-changed"))).hasSize(1);
        assertThat(trust.findElement(By.cssSelector("tr.diff-changed .diff-right"))
                        .getText())
                .contains("team-b-task-role");
        Chromium.saveScreenshot(browser, "reviewer-compare");

        browser.get(url("/runs/" + teamA));
        WebElement export = browser.findElement(By.id("export-csv"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", export);
        export.click();
        List<CSVRecord> exported = downloadedCsv("run-" + teamA);
        assertThat(exported).extracting(record -> record.get("type")).contains("CREATED");
    }

    private List<CSVRecord> downloadedCsv(String namePart) {
        Path file = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> {
                            try (Stream<Path> files = Files.list(downloads)) {
                                return files.filter(
                                                f -> f.getFileName().toString().endsWith(".csv"))
                                        .findFirst()
                                        .orElse(null);
                            }
                        },
                        found -> found != null);
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long saved(String sourceRole) {
        WiringInput input = new WiringInput(
                Workload.ECS_TASK,
                "us-east-1",
                new SourceRole("111122223333", sourceRole, false),
                new DestinationRole("555566667777", DESTINATION, false, List.of()),
                new EcsTaskOptions("family", "app", "your-test-image", 100, 200, LaunchType.EC2, null, false),
                null);
        return runs.createDraft(input, wiring.preview(input), new Actor("operator"))
                .id();
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
