package io.rolewire.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, found via $CHROME_BIN / $CHROMEDRIVER or the PATH. Both are
 * given to Selenium explicitly, so Selenium Manager never downloads a browser or a driver.
 */
public final class Chromium {

    private Chromium() {}

    public static boolean available() {
        return binary().isPresent() && driver().isPresent();
    }

    public static ChromeDriver start(Path profileDirectory) {
        Path binary =
                binary().orElseThrow(() -> new IllegalStateException("chromium not found: apt-get install chromium"));
        Path driver = driver().orElseThrow(
                        () -> new IllegalStateException("chromedriver not found: apt-get install chromium-driver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1366,900",
                "--user-data-dir=" + profileDirectory.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    public static void saveScreenshot(ChromeDriver driver, String name) throws IOException {
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        byte[] png;
        try {
            png = screenshotOfLoadedPage(driver);
        } catch (org.openqa.selenium.TimeoutException abortedByNavigation) {
            // On a loaded machine Chromium sometimes answers "aborted by navigation: Not attached to an
            // active page" while it swaps in the page it just loaded: wait for the new one, then once more.
            png = screenshotOfLoadedPage(driver);
        }
        Files.write(directory.resolve(name + ".png"), png);
    }

    private static byte[] screenshotOfLoadedPage(ChromeDriver driver) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        return driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    }

    static Optional<Path> binary() {
        return fromEnvOrPath("CHROME_BIN", "chromium", "chromium-browser");
    }

    static Optional<Path> driver() {
        return fromEnvOrPath("CHROMEDRIVER", "chromedriver");
    }

    private static Optional<Path> fromEnvOrPath(String variable, String... names) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> Stream.of(names).map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
