package dev.broadsheet.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The tools the reader-facing tests use: Debian's Chromium and ChromeDriver, and the Nu Html
 * Checker and axe-core from npm (src/test/js). {@code .ci/run} installs them all. Where one is
 * missing, a test stops with a message saying how to install it; under CI (the CI variable set)
 * that is a failure, so nothing is skipped there.
 */
final class BrowserTools {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path NODE_MODULES = Path.of("src/test/js/node_modules");
  static final Path VNU = NODE_MODULES.resolve("vnu-jar/build/dist/vnu.jar");
  static final Path AXE = NODE_MODULES.resolve("axe-core/axe.min.js");

  private BrowserTools() {}

  /** Stops the test when {@code tool} is missing: a failure under CI, a skip elsewhere. */
  static void require(Path tool, String install) {
    if (Files.exists(tool)) {
      return;
    }
    String message = tool + " is missing; " + install + " (bash .ci/run installs everything)";
    if (System.getenv("CI") != null) {
      fail(message);
    }
    Assumptions.abort(message);
  }

  static void requireBrowser() {
    require(CHROMIUM, "apt-get install chromium");
    require(CHROMEDRIVER, "apt-get install chromium-driver");
  }

  /** A headless Chromium at {@code width} x {@code height}, with or without JavaScript. */
  static ChromeDriver chrome(int width, int height, boolean javascript) throws IOException {
    requireBrowser();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createTempDirectory("broadsheet-chromium-"));
    if (!javascript) {
      options.setExperimentalOption("prefs",
          Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** Quits {@code chrome} and closes {@code session}, either of which may never have started. */
  static void stop(ChromeDriver chrome, dev.broadsheet.serve.ServeSession session) {
    if (chrome != null) {
      chrome.quit();
    }
    if (session != null) {
      session.close();
    }
  }
}
