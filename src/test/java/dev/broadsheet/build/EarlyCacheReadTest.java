package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testutil.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article cache read from the start of the process (before the command line is parsed) is
 * taken by the first build of that site alone, and an incremental build that takes it reads what
 * it would have read otherwise.
 */
class EarlyCacheReadTest {
  @TempDir Path dir;

  @AfterEach
  void forget() {
    Generator.forgetEarlyRead();
  }

  private TestSite site() {
    return TestSite.write(dir, config("") + article("world/one.md",
        "title: One\ndate: 2024-03-01T10:00:00Z", "A paragraph.") + article("world/two.md",
        "title: Two\ndate: 2024-03-02T10:00:00Z", "Another paragraph."));
  }

  @Test
  void theReadingIsTakenOnceAndOnlyForItsOwnSite() {
    Path cache = dir.toAbsolutePath().normalize().resolve(".broadsheet-cache/articles.bin");
    Generator.readCacheEarly(dir.resolve("."));
    assertThat(Generator.earlyRead(cache)).isNotNull();
    assertThat(Generator.earlyRead(cache)).as("taken once").isNull();

    Generator.readCacheEarly(dir);
    assertThat(Generator.earlyRead(dir.resolve("other/.broadsheet-cache/articles.bin"))).isNull();
    assertThat(Generator.earlyRead(cache)).as("let go by a build of another site").isNull();
  }

  @Test
  void aBuildThatTakesTheEarlyReadingReadsOnlyWhatChanged() throws Exception {
    TestSite site = site();
    site.buildClean();
    site.file("content/world/two.md", "---\ntitle: Two, updated\ndate: 2024-03-02T10:00:00Z\n"
        + "---\nAnother paragraph.\n");

    Generator.readCacheEarly(dir);
    BuildReport second = site.buildClean();
    assertThat(second.work().articlesRead()).isEqualTo(1);
    IncrementalBuildTest.assertSameAsUncachedBuild(site, dir.resolve("clean"));
  }
}
