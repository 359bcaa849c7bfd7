package org.inkstone;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * For the browser tests: Debian's headless Chromium driven through its chromedriver (named explicitly,
 * so Selenium Manager never runs and nothing is downloaded), with a profile of its own that is deleted
 * on {@link #close}. Missing Chromium fails the test with the command that installs it: never a skip.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Selenium warns that it has no CDP bindings for this Chromium; the tests use none. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    /**
     * @param test       what needs the browser, for the message when it is missing
     * @param windowSize such as {@code 1280,900}
     */
    public static HeadlessChromium start(String test, String windowSize) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail(test + " needs Debian's Chromium and its driver: "
                    + CHROMIUM + (Files.isExecutable(CHROMIUM) ? " found" : " MISSING") + ", "
                    + CHROMEDRIVER + (Files.isExecutable(CHROMEDRIVER) ? " found" : " MISSING")
                    + ". Install them with: apt-get install chromium chromium-driver");
        }
        CDP_LOG.setLevel(Level.SEVERE);
        Path profile = Files.createTempDirectory("inkstone-chromium-profile");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--window-size=" + windowSize, "--user-data-dir=" + profile.toAbsolutePath());
        try {
            return new HeadlessChromium(profile, service, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            service.stop();
            deleteTree(profile);
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    /** Deletes a folder and everything in it; nothing for null or a folder that is not there. */
    public static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
