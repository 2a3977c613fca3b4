package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testutil.TestSite;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A "Breaking" label that comes off by itself, `breakingHours` after the article's date. */
class BreakingNewsTest {
  @TempDir Path dir;

  private static final String SITE = config("breakingHours: 3")
      + article("world/quake.md", "title: Earthquake strikes\ndate: 2026-11-27T10:00:00Z\nbreaking: true", "x")
      + article("world/later.md", "title: Later story\ndate: 2026-11-27T11:00:00Z", "y");

  private static BuildReport buildAt(TestSite site, String now) {
    return site.build(BuildOptions.defaults(Clock.fixed(Instant.parse(now), ZoneOffset.UTC)));
  }

  @Test
  void theLabelShowsUntilItsHoursArePastAndTheBuildSaysWhenThatIs() throws Exception {
    TestSite site = TestSite.write(dir.resolve("site"), SITE);
    BuildReport during = buildAt(site, "2026-11-27T12:00:00Z");
    assertThat(TestSite.messages(during)).isEmpty();
    assertThat(site.page("world/2026/11/27/quake/index.html").select(".article-header .flag").text())
        .isEqualTo("Breaking");
    assertThat(site.page("world/index.html").select(".card .flag")).hasSize(1);
    assertThat(site.page("world/2026/11/27/later/index.html").select(".article-header .flag")).isEmpty();
    assertThat(during.nextDue().map(ZonedDateTime::toInstant))
        .contains(Instant.parse("2026-11-27T13:00:00Z"));

    // The build after that time takes it off, incrementally, as a build without a cache does.
    BuildReport after = buildAt(site, "2026-11-27T13:00:00Z");
    assertThat(after.nextDue()).isEmpty();
    assertThat(site.page("world/2026/11/27/quake/index.html").select(".flag")).isEmpty();
    assertThat(site.page("world/index.html").select(".flag")).isEmpty();
    TestSite clean = TestSite.write(dir.resolve("clean"), SITE);
    clean.build(BuildOptions.defaults(Clock.fixed(Instant.parse("2026-11-27T13:00:00Z"), ZoneOffset.UTC))
        .withCache(false));
    assertThat(site.outputFiles()).isEqualTo(clean.outputFiles());
    for (String file : clean.outputFiles()) {
      if (!file.startsWith(".")) {
        assertThat(site.output().resolve(file)).as(file).hasSameBinaryContentAs(clean.output().resolve(file));
      }
    }
  }
}
