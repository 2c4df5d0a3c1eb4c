package io.partneracademy.support;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;

/**
 * One headless Chromium for the whole test run (Debian's {@code chromium} and {@code chromium-driver}), started on
 * first use and quit when the JVM ends. Where Chromium is missing the browser tests are skipped, and a marker file
 * tells the build to say so in one line; with {@code PA_BROWSER_TESTS=required} (as in CI) they fail instead.
 */
public final class Chromium {

    /** The command that makes the browser tests run on a Debian machine. */
    public static final String ENABLE = "sudo apt-get install -y chromium chromium-driver";

    private static ChromeDriver driver;
    private static String unavailable;

    private Chromium() {
    }

    /** The shared browser; skips (or, when required, fails) the calling test where there is none. */
    public static synchronized ChromeDriver driver() {
        if (driver == null && unavailable == null) {
            start();
        }
        if (driver == null) {
            if ("required".equalsIgnoreCase(System.getenv("PA_BROWSER_TESTS"))) {
                throw new IllegalStateException("Browser tests are required (PA_BROWSER_TESTS=required) but " + unavailable);
            }
            markSkipped();
            Assumptions.abort("Browser test skipped: " + unavailable);
        }
        return driver;
    }

    private static void start() {
        File binary = new File(env("PA_CHROMIUM", "/usr/bin/chromium"));
        File chromedriver = new File(env("PA_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!binary.canExecute() || !chromedriver.canExecute()) {
            unavailable = "no " + (binary.canExecute() ? chromedriver : binary) + " on this machine";
            return;
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        // The flags this sandbox needs: no GPU, no sandbox as root, and no calls home (the network is closed).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
                "--user-data-dir=" + tempDir("pa-chromium-"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads().toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            unavailable = "Chromium did not start: " + e.getMessage().lines().findFirst().orElse("");
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
    }

    private static Path downloadDir;

    /** The folder the browser saves downloads into, emptied by tests that look at it. */
    public static synchronized Path downloads() {
        if (downloadDir == null) {
            downloadDir = tempDir("pa-downloads-");
        }
        return downloadDir;
    }

    private static void markSkipped() {
        Path marker = ProjectDir.get().resolve("app/target/browser-tests-skipped.txt");
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "Browser tests skipped: " + unavailable + ". To run them: " + ENABLE
                    + ", then the test command again.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
