package org.certplan.dashboard;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its chromedriver, driven headless by Selenium; nothing is downloaded (no Selenium Manager).
 * {@code make test} and {@code .ci/run} install both when they are missing; other paths through
 * {@code CERTPLAN_CHROMIUM} and {@code CERTPLAN_CHROMEDRIVER}.
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static ChromeDriver start() {
        Path browser = Path.of(env("CERTPLAN_CHROMIUM", "/usr/bin/chromium"));
        Path driver = Path.of(env("CERTPLAN_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(browser) || !Files.isExecutable(driver)) {
            fail("The dashboard's browser test needs Chromium (" + browser + ") and chromedriver (" + driver + "): "
                    + "apt-get install chromium chromium-driver — `make test` does it when run as root.");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1440,1600", "--lang=en-GB", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver.toString()))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        return new ChromeDriver(service, options);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
