package io.rolewire.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One Chromium with a fresh profile against the application on a local port, and what every browser
 * test does with it: sign in, click, submit and wait for the next page. Close it to quit Chromium
 * and delete the profile.
 */
public final class BrowserSession implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;
    private final int port;

    private BrowserSession(ChromeDriver driver, Path profile, int port) {
        this.driver = driver;
        this.profile = profile;
        this.port = port;
    }

    public static BrowserSession open(int port) throws IOException {
        Path profile = Files.createTempDirectory("chrome-profile");
        ChromeDriver driver = Chromium.start(profile);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new BrowserSession(driver, profile, port);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public void signIn(String username, String password) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        submitWith(driver.findElement(By.cssSelector("form button[type=submit]")));
    }

    /** Bootstrap scrolls smoothly: bring the element into view at once, or the click lands early. */
    public void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** Clicks a submit button or link and waits until the next page has replaced this one. */
    public void submitWith(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(element);
        waitUntilReplaced(page);
    }

    public void waitUntilReplaced(WebElement page) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                // while the old page goes away chromedriver may answer "node does not belong to the document"
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(page));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
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
