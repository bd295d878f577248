package io.rolewire.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.willAnswer;

import io.rolewire.apply.Applies;
import io.rolewire.apply.ApplyProgress;
import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.LivePlans;
import io.rolewire.apply.Side;
import io.rolewire.apply.StepOutcome;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Actor;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The run page's live progress in Chromium, under the real CSP, with the apply's progress scripted:
 * rolewire.js swaps the steps in while the apply runs, then reloads the page once when it is over.
 * (ApplyBrowserTest does the same against the AWS stub with the real apply module.)
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplyProgressBrowserTest {

    static final ActingUser OPERATOR = ActingUser.of("operator", ActingUser.OPERATOR);

    @LocalServerPort
    int port;

    @Autowired
    Runs runs;

    @Autowired
    RunLifecycle lifecycle;

    @Autowired
    Wiring wiring;

    @MockitoBean
    Applies applies;

    @MockitoBean
    LivePlans livePlans;

    final AtomicReference<ApplyProgress> progress = new AtomicReference<>();
    Path profile;
    ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        willAnswer(call -> progress.get()).given(applies).progress(anyLong());
        profile = Files.createTempDirectory("chrome-profile");
        browser = Chromium.start(profile);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        browser.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        }
    }

    @Test
    void thePageFollowsTheStepsThenReloadsOnceTheApplyIsOver() throws IOException {
        long runId = applyingRun();
        progress.set(progress(runId, RunStatus.APPLYING, true, StepOutcome.RUNNING, StepOutcome.PENDING));
        signIn("reviewer", "reviewer-pw");

        browser.get(url("/runs/" + runId));
        WebElement page = browser.findElement(By.tagName("html"));
        assertThat(browser.findElement(By.id("apply-progress")).getAttribute("data-live"))
                .isEqualTo("true");
        assertThat(outcomeOf(1)).isEqualTo("RUNNING");

        progress.set(progress(runId, RunStatus.APPLYING, true, StepOutcome.DONE, StepOutcome.RUNNING));
        wait(Duration.ofSeconds(10)).until(driver -> "DONE".equals(outcomeOf(1)));
        assertThat(outcomeOf(2)).isEqualTo("RUNNING");
        assertThat(browser.findElement(By.id("apply-progress-bar")).getAttribute("value"))
                .isEqualTo("50");
        assertThat(browser.findElements(By.tagName("html")))
                .as("the steps changed without a reload")
                .contains(page);
        Chromium.saveScreenshot(browser, "apply-progress-live");

        lifecycle.completeApply(runId, OPERATOR);
        progress.set(progress(runId, RunStatus.APPLIED, false, StepOutcome.DONE, StepOutcome.DONE));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
        wait(Duration.ofSeconds(10))
                .until(driver -> "Applied"
                        .equals(driver.findElement(By.cssSelector("h1 + .run-status"))
                                .getText()));
        assertThat(browser.findElement(By.id("apply-progress")).getAttribute("data-live"))
                .isEqualTo("false");
        assertThat(browser.findElements(By.id("apply-refresh"))).isEmpty();
    }

    private String outcomeOf(int position) {
        return browser.findElement(By.id("step-" + position)).getAttribute("data-outcome");
    }

    private WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** A run in APPLYING, as the apply module leaves it when it starts (AWS access is off in tests). */
    private long applyingRun() {
        WiringInput input = new WiringInput(
                Workload.ECS_TASK,
                "us-east-1",
                new SourceRole("111122223333", "progress-task-role", true),
                new DestinationRole("555566667777", "progress-reader", true, List.of()),
                new EcsTaskOptions("progress", "app", "your-test-image", 100, 200, LaunchType.EC2, null, false),
                null);
        var run = runs.createDraft(input, wiring.preview(input), new Actor("operator"));
        lifecycle.submit(run.id(), OPERATOR);
        lifecycle.approve(run.id(), ActingUser.of("admin", ActingUser.ADMIN), run.planHash());
        lifecycle.startApply(run.id(), OPERATOR);
        return run.id();
    }

    private static ApplyProgress progress(
            long runId, RunStatus status, boolean running, StepOutcome first, StepOutcome second) {
        return new ApplyProgress(
                runId,
                status,
                running,
                List.of(step(1, "CreateRole", first), step(2, "PutRolePolicy", second)),
                Optional.empty());
    }

    private static ApplyStep step(int position, String action, StepOutcome outcome) {
        return new ApplyStep(
                1,
                position,
                "step" + position,
                Side.SOURCE,
                "111122223333",
                "iam",
                action,
                "arn:aws:iam::111122223333:role/progress-task-role",
                null,
                outcome,
                outcome == StepOutcome.DONE ? "req-" + position : null,
                outcome == StepOutcome.PENDING ? 0 : 1,
                10,
                null,
                null,
                Instant.now());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }
}
