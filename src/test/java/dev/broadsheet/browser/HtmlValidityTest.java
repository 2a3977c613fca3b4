package dev.broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.build.BuildReport;
import dev.broadsheet.build.Generator;
import dev.broadsheet.config.SitePaths;
import dev.broadsheet.testutil.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the example site passes the Nu Html Checker, and so does the stylesheet. */
class HtmlValidityTest {
  @TempDir Path dir;

  @Test
  void everyPageAndTheStylesheetAreValid() throws Exception {
    BrowserTools.require(BrowserTools.VNU, "run npm ci in src/test/js");
    Path out = dir.resolve("site");
    BuildReport report = new Generator().run(new SitePaths(Path.of("").toAbsolutePath(), out),
        BuildOptions.defaults(Clock.fixed(TestSite.NOW, ZoneOffset.UTC)));
    assertThat(report.errors()).isZero();
    long pages;
    try (var walk = Files.walk(out)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).count();
    }
    assertThat(pages).isGreaterThan(50);

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        BrowserTools.VNU.toString(), "--errors-only", "--format", "json", "--also-check-css",
        "--skip-non-css", out.toString()));
    JsonNode css = run(command);
    command.set(command.indexOf("--skip-non-css"), "--skip-non-html");
    command.remove("--also-check-css");
    JsonNode html = run(command);
    List<String> errors = new ArrayList<>();
    for (JsonNode result : List.of(html, css)) {
      for (JsonNode m : result.get("messages")) {
        errors.add(m.path("url").asText() + ":" + m.path("lastLine").asText() + ": "
            + m.path("type").asText() + ": " + m.path("message").asText());
      }
    }
    assertThat(errors).isEmpty();
  }

  private JsonNode run(List<String> command) throws Exception {
    Path log = dir.resolve("vnu-" + System.nanoTime() + ".json");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    String text = Files.readString(log);
    return new ObjectMapper().readTree(text.substring(text.indexOf('{')));
  }
}
