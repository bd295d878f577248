package io.rolewire.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.testsupport.BrowserSession;
import io.rolewire.testsupport.Chromium;
import io.rolewire.testsupport.RequiresChromium;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The forms' small behaviours in Chromium: fields that apply only with a toggle are disabled until
 * it is on (and keep what was typed), the launch type shows its own sizes, done steps are links
 * back, and the history's other filters stay folded until asked for.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormsBrowserTest {

    @LocalServerPort
    int port;

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
    void dependentFieldsFollowTheirToggleAndDoneStepsLeadBack() throws IOException {
        session.signIn("operator", "operator-pw");
        browser.get("http://localhost:" + port + "/wizard");
        session.submitWith(browser.findElement(By.id("continue")));
        type("accountId", "111122223333");
        type("roleName", "my-ECS-task-role");
        session.submitWith(browser.findElement(By.id("continue")));

        WebElement policies = browser.findElement(By.id("managedPolicyArns"));
        assertThat(policies.isEnabled())
                .as("an existing role gets no managed policies")
                .isFalse();
        session.click(browser.findElement(By.id("create-true")));
        assertThat(policies.isEnabled()).isTrue();
        type("accountId", "555566667777");
        type("roleName", "destination-account-role");
        policies.sendKeys("arn:aws:iam::aws:policy/ReadOnlyAccess");
        session.submitWith(browser.findElement(By.id("continue")));

        assertThat(browser.getTitle()).isEqualTo("Workload details · Rolewire");
        WebElement executionRoleName = browser.findElement(By.id("ecs-executionRole-roleName"));
        assertThat(executionRoleName.isEnabled()).as("execution role off").isFalse();
        session.click(browser.findElement(By.id("ecs-executionRole-enabled")));
        assertThat(executionRoleName.isEnabled()).isTrue();
        session.click(browser.findElement(By.id("execution-role-options")).findElement(By.tagName("summary")));
        type("ecs-executionRole-kmsKeyArn", "arn:aws:kms:us-east-1:111122223333:key/typed-then-switched-off");
        session.click(browser.findElement(By.id("ecs-executionRole-enabled")));
        assertThat(executionRoleName.isEnabled()).as("off again").isFalse();

        assertThat(browser.findElement(By.id("ecs-cpu")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("ecs-fargateSize")).isDisplayed()).isFalse();
        session.click(browser.findElement(By.id("ecs-launchType-FARGATE")));
        assertThat(browser.findElement(By.id("ecs-cpu")).isDisplayed()).isFalse();
        WebElement size = browser.findElement(By.id("ecs-fargateSize"));
        assertThat(size.isDisplayed() && size.isEnabled()).isTrue();
        new Select(size).selectByValue("512/1024");
        type("ecs-family", "verify-assume-cross-account-role");
        type("ecs-containerName", "test");
        type("ecs-image", "your-test-image");
        Chromium.saveScreenshot(browser, "wizard-details-fargate");
        session.submitWith(browser.findElement(By.id("continue")));

        assertThat(browser.getTitle()).isEqualTo("Preview · Rolewire");
        assertThat(browser.findElements(By.cssSelector(".wizard-steps a"))).hasSize(4);
        session.submitWith(browser.findElement(By.id("step-link-details")));
        assertThat(browser.getTitle()).isEqualTo("Workload details · Rolewire");
        assertThat(new Select(browser.findElement(By.id("ecs-fargateSize")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("512/1024");
        assertThat(browser.findElement(By.id("ecs-executionRole-kmsKeyArn")).getAttribute("value"))
                .as("typed while on, kept while off")
                .endsWith("typed-then-switched-off");
        assertThat(browser.findElement(By.id("ecs-executionRole-kmsKeyArn")).isEnabled())
                .isFalse();
        session.submitWith(browser.findElement(By.id("step-link-destination")));
        assertThat(browser.findElement(By.id("managedPolicyArns")).isEnabled()).isTrue();
    }

    @Test
    void theHistoryShowsTheSearchBoxAndFoldsTheOtherFilters() throws IOException {
        session.signIn("reviewer", "reviewer-pw");
        browser.get("http://localhost:" + port + "/runs");

        assertThat(browser.findElement(By.id("text")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("status")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("runs-count")).getText()).contains("match");
        session.click(browser.findElement(By.cssSelector("#more-filters > summary")));
        assertThat(browser.findElement(By.id("status")).isDisplayed()).isTrue();

        type("createdFrom", "not-a-date");
        session.submitWith(browser.findElement(By.cssSelector("#filter-form button[type=submit]")));
        assertThat(browser.findElement(By.id("createdFrom-error")).getText()).isEqualTo("Enter a date as YYYY-MM-DD.");
        assertThat(browser.findElement(By.id("createdFrom")).isDisplayed())
                .as("the section with the error is open")
                .isTrue();
        assertThat(browser.findElements(By.cssSelector("table.runs-table"))).isEmpty();
        Chromium.saveScreenshot(browser, "history-bad-filter");
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }
}
