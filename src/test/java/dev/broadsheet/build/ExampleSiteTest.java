package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SitePaths;
import dev.broadsheet.testutil.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own example site, as the README's first command builds it. */
class ExampleSiteTest {
  @TempDir Path out;

  @Test
  void buildsCleanlyWithEveryPageKind() throws Exception {
    Path root = Path.of("").toAbsolutePath();
    BuildReport report = new Generator().run(new SitePaths(root, out),
        BuildOptions.defaults(Clock.fixed(TestSite.NOW, ZoneOffset.UTC)));
    assertThat(report.problems()).as(TestSite.messages(report)).isEmpty();
    assertThat(report.articles()).isGreaterThanOrEqualTo(12);
    for (String page : new String[] {"index.html", "404.html", "world/index.html", "tags/index.html",
        "authors/index.html", "archive/index.html", "authors/amara-okafor/index.html",
        "world/2023/02/21/xi-jinping-to-visit-moscow/index.html", "assets/style.css", "logo.svg"}) {
      assertThat(out.resolve(page)).as(page).exists();
    }
    var seed = Jsoup.parse(Files.readString(out.resolve("world/2023/02/21/xi-jinping-to-visit-moscow/index.html")));
    assertThat(seed.select(".corrections li").text()).startsWith("Correction, 22 February 2023:");
    assertThat(seed.select(".source-line").text()).isEqualTo("Source: Broadsheet staff and news agencies");
  }
}
