package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testutil.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site whose article bodies do not fit in memory (100,000 articles in a 1 GB heap) has them set
 * aside in a scratch file of the build cache's folder, or without a cache made again from their
 * files: either way the pages are byte for byte those of a build that kept them, and no scratch
 * file is left.
 */
class BodiesAsideTest {
  @TempDir Path dir;

  private TestSite site() {
    StringBuilder spec = new StringBuilder(config("pageSize: 2\nfeeds: {fullText: true}"));
    for (int i = 0; i < 6; i++) {
      spec.append(article((i % 2 == 0 ? "world" : "business") + "/story-" + i + ".md",
          "title: Story " + i + "\ndate: 2024-0" + (1 + i) + "-10T10:00:00Z\ntags: [t" + (i % 3) + "]",
          "Zürich and Kyiv, story " + i + ", with a footnote.[^1]\n\n## Details\n\n"
              + "| a | b |\n|---|---|\n| " + i + " | 東京 |\n\n> A quote.\n\n[^1]: The note.\n"
              + "\nSee [the other](../world/story-0.md#details)."));
    }
    return TestSite.write(dir, spec.toString());
  }

  private Map<String, String> build(TestSite site, long memoryForBodies, boolean cache,
      String output) throws Exception {
    BuildReport report = new Generator().withMemoryForBodies(memoryForBodies)
        .run(site.paths(), site.options().withCache(cache).withOutput(dir.resolve(output)));
    assertThat(report.errors()).as(TestSite.messages(report)).isZero();
    assertThat(report.published()).isTrue();
    Map<String, String> files = DeterminismTest.snapshot(dir.resolve(output));
    files.remove(dev.broadsheet.output.OutputWriter.MARKER);
    return files;
  }

  @Test
  void setAsideOrMadeAgainBodiesGiveThePagesOfKeptOnes() throws Exception {
    TestSite site = site();
    Map<String, String> kept = build(site, Long.MAX_VALUE, false, "kept");
    Map<String, String> setAside = build(site, 0, true, "aside");
    Map<String, String> madeAgain = build(site, 0, false, "again");

    assertThat(kept).containsKey("world/2024/01/10/story-0/index.html");
    assertThat(setAside).isEqualTo(kept);
    assertThat(madeAgain).isEqualTo(kept);
    try (Stream<Path> cache = Files.list(site.root().resolve(".broadsheet-cache"))) {
      assertThat(cache.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith("bodies-"));
    }
  }
}
