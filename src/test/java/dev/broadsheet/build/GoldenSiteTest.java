package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SitePaths;
import dev.broadsheet.testutil.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a small site and compares every page, feed and sitemap with the reviewed copy under
 * src/test/resources/golden/small-output. Rewrite the copies only on purpose, with
 * {@code mvn verify -Dgolden.update=true}, and review the diff before committing it.
 */
class GoldenSiteTest {
  private static final Path SITE = Path.of("src/test/resources/golden/small-site");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/small-output");

  @TempDir Path out;

  @Test
  void pagesMatchTheReviewedGoldenFiles() throws IOException {
    BuildReport report = new Generator().run(new SitePaths(SITE, out),
        BuildOptions.defaults(Clock.fixed(TestSite.NOW, ZoneOffset.UTC)).withCache(false));
    assertThat(report.errors()).as(TestSite.messages(report)).isZero();
    List<String> pages = outputFiles(out);
    if (Boolean.getBoolean("golden.update")) {
      if (Files.exists(GOLDEN)) {
        try (Stream<Path> old = Files.walk(GOLDEN)) {
          old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      for (String page : pages) {
        Files.createDirectories(GOLDEN.resolve(page).getParent());
        Files.copy(out.resolve(page), GOLDEN.resolve(page));
      }
    }
    assertThat(pages).as("pages written").isEqualTo(outputFiles(GOLDEN));
    for (String page : pages) {
      assertThat(Files.readString(out.resolve(page))).as(page + " (run with -Dgolden.update=true"
          + " to accept a deliberate change, then review the diff)")
          .isEqualTo(Files.readString(GOLDEN.resolve(page)));
    }
  }

  private static List<String> outputFiles(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().matches(".*\\.(html|xml|json|txt)$"))
          .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
