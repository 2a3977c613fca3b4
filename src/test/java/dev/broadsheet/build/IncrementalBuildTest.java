package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testutil.TestSite;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build after an earlier one reads again only the articles whose files changed, renders only
 * the pages whose data changed and writes only the files whose bytes changed, and still gives
 * exactly what a build without the cache gives.
 */
class IncrementalBuildTest {
  private static final FileTime EPOCH = FileTime.fromMillis(0);

  @TempDir Path dir;

  private TestSite site() {
    StringBuilder spec = new StringBuilder(config("pageSize: 2"));
    for (int i = 0; i < 12; i++) {
      spec.append(article((i % 2 == 0 ? "world" : "business") + "/story-" + i + ".md",
          "title: Story " + i + "\ndate: 2024-0" + (1 + i % 6) + "-1" + (i % 10) + "T10:00:00Z\ntags: [t"
              + (i % 3) + "]", "First paragraph of story " + i + ".\n\n## Details\n\nMore about it."));
    }
    return TestSite.write(dir, spec.toString());
  }

  private void assertSameAsUncachedBuild(TestSite site) throws Exception {
    assertSameAsUncachedBuild(site, dir.resolve("clean-" + System.nanoTime()));
  }

  /** The site's output equals a build without any cache into {@code clean}. */
  static void assertSameAsUncachedBuild(TestSite site, Path clean) throws Exception {
    BuildReport report = site.build(site.options().withCache(false).withOutput(clean));
    assertThat(report.published()).isTrue();
    Map<String, String> rebuilt = DeterminismTest.snapshot(site.output());
    Map<String, String> fresh = DeterminismTest.snapshot(clean);
    rebuilt.remove(dev.broadsheet.output.OutputWriter.MARKER);
    fresh.remove(dev.broadsheet.output.OutputWriter.MARKER);
    assertThat(rebuilt.keySet()).isEqualTo(fresh.keySet());
    fresh.forEach((file, bytes) -> assertThat(rebuilt.get(file)).as(file).isEqualTo(bytes));
  }

  private void ageEveryOutputFile(TestSite site) throws Exception {
    for (String file : site.outputFiles()) {
      Files.setLastModifiedTime(site.output().resolve(file), EPOCH);
    }
  }

  private List<String> touchedFiles(TestSite site) throws Exception {
    List<String> touched = new ArrayList<>();
    for (String file : site.outputFiles()) {
      if (!Files.getLastModifiedTime(site.output().resolve(file)).equals(EPOCH)
          && !file.equals(dev.broadsheet.output.OutputWriter.MARKER)) {
        touched.add(file);
      }
    }
    return touched;
  }

  @Test
  void aBuildWithNothingChangedReadsRendersAndWritesNothing() throws Exception {
    TestSite site = site();
    BuildReport first = site.buildClean();
    assertThat(first.work().articlesRead()).isEqualTo(12);
    assertThat(first.work().pagesRendered()).isEqualTo(first.pages());
    ageEveryOutputFile(site);

    BuildReport second = site.buildClean();

    assertThat(first.work().generatedMade()).isEqualTo(first.work().generatedFiles()).isPositive();
    assertThat(second.work()).isEqualTo(
        new BuildReport.Work(12, 0, 0, 0, first.work().generatedFiles(), 0, 0));
    assertThat(touchedFiles(site)).isEmpty();
    assertSameAsUncachedBuild(site);
  }

  @Test
  void newFileTimesWithTheSameBytesReadNothingAgain() throws Exception {
    // As after a fresh clone of the site's repository, where every file is as new as the clone.
    TestSite site = site();
    site.buildClean();
    try (Stream<Path> files = Files.walk(dir.resolve("content"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 3_600_000));
      }
    }
    assertThat(site.buildClean().work().articlesRead()).isZero();
    assertThat(site.buildClean().work().articlesRead()).isZero();
    assertSameAsUncachedBuild(site);
  }

  @Test
  void aCacheMadeUnderAnotherSiteYamlIsNotUsed() throws Exception {
    // The cache is read while site.yaml is, before the key it must have is known.
    TestSite site = site();
    site.buildClean();
    site.file("site.yaml", "title: Test Times\nbaseUrl: https://other.example/\n"
        + "sections: [{key: world}, {key: business}, {key: news}]\npageSize: 2\n");

    assertThat(site.buildClean().work().articlesRead()).isEqualTo(12);
    assertThat(site.buildClean().work().articlesRead()).isZero();
    assertThat(site.read("index.html")).contains("https://other.example/");
    assertSameAsUncachedBuild(site);
  }

  @Test
  void anEditReadsOneArticleAndWritesOnlyTheFilesThatChanged() throws Exception {
    TestSite site = site();
    BuildReport first = site.buildClean();
    ageEveryOutputFile(site);

    site.add(article("world/story-4.md", "title: Story 4\ndate: 2024-05-14T10:00:00Z\ntags: [t1]",
        "First paragraph of story 4.\n\n## Details\n\nMore about it, and a new line of news."));
    BuildReport second = site.buildClean();

    assertThat(second.work().articlesRead()).isEqualTo(1);
    assertThat(second.work().pagesRendered()).isPositive().isLessThan(first.pages() / 2);
    // The feeds that list the article and the search files of its words are made again; the
    // other feeds, the sitemaps and the other search files are not.
    assertThat(second.work().generatedMade()).isPositive()
        .isLessThan(first.work().generatedFiles() / 2);
    // The article's page, and the search index files of the words added.
    assertThat(touchedFiles(site)).contains("world/2024/05/14/story-4/index.html")
        .allMatch(f -> f.equals("world/2024/05/14/story-4/index.html") || f.startsWith("search/t/"));
    assertThat(second.work().filesWritten()).isEqualTo(touchedFiles(site).size());
    assertThat(site.read("world/2024/05/14/story-4/index.html")).contains("a new line of news");
    assertSameAsUncachedBuild(site);
  }

  @Test
  void aNewHeadlineReachesEveryListThatShowsTheArticle() throws Exception {
    TestSite site = site();
    site.buildClean();
    site.add(article("world/story-4.md", "title: A new headline\ndate: 2024-05-14T10:00:00Z\ntags: [t1]",
        "First paragraph of story 4.\n\n## Details\n\nMore about it."));
    site.buildClean();
    assertThat(site.read("index.html")).contains("A new headline");
    assertThat(site.read("tags/t1/index.html")).contains("A new headline");
    assertThat(site.read("feed.xml")).contains("A new headline");
    assertSameAsUncachedBuild(site);
  }

  @Test
  void aLinkFollowsTheArticleItPointsToWhenItsAddressChanges() throws Exception {
    TestSite site = site();
    site.add(article("business/story-1.md", "title: Story 1\ndate: 2024-02-11T10:00:00Z",
        "See [the other story](../world/story-2.md)."));
    site.buildClean();
    assertThat(site.read("business/2024/02/11/story-1/index.html"))
        .contains("href=\"/world/2024/03/12/story-2/\"");

    site.add(article("world/story-2.md", "title: Story 2\ndate: 2024-04-01T10:00:00Z\ntags: [t2]",
        "First paragraph of story 2."));
    BuildReport second = site.buildClean();

    assertThat(second.work().articlesRead()).isEqualTo(1);
    assertThat(site.read("business/2024/02/11/story-1/index.html"))
        .contains("href=\"/world/2024/04/01/story-2/\"");
    assertSameAsUncachedBuild(site);
  }

  @Test
  void aFileRemovedFromTheOutputByHandIsWrittenAgain() throws Exception {
    TestSite site = site();
    site.buildClean();
    Path page = site.output().resolve("world/2024/05/14/story-4/index.html");
    Files.delete(page);
    Files.writeString(site.output().resolve("tags/t1/index.html"), "cut short");

    site.buildClean();

    assertThat(page).exists();
    assertSameAsUncachedBuild(site);
  }

  @Test
  void anImageThatAppearsLaterIsPickedUpByTheArticleThatNamesIt() throws Exception {
    TestSite site = site();
    site.add(article("world/story-2.md", "title: Story 2\ndate: 2024-03-12T10:00:00Z\ntags: [t2]",
        "First paragraph.\n\n![A chart](chart.png)"));
    BuildReport first = site.buildClean();
    assertThat(TestSite.messages(first)).contains("image 'chart.png' not found");

    BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    site.bytes("content/world/chart.png", png.toByteArray());
    BuildReport second = site.buildClean();

    assertThat(second.work().articlesRead()).isEqualTo(1);
    assertThat(TestSite.messages(second)).doesNotContain("not found");
    assertThat(site.read("world/2024/03/12/story-2/index.html")).contains("width=\"300\"");
    assertSameAsUncachedBuild(site);
  }

  @Test
  void problemsOfUnchangedArticlesAreReportedOnEveryBuild() throws Exception {
    TestSite site = site();
    site.add(article("world/story-2.md", "title: Story 2\ndate: 2024-03-12T10:00:00Z\nmood: calm",
        "Text.\n\n![A chart](chart.png)"));
    BuildReport first = site.buildClean();
    BuildReport second = site.buildClean();
    assertThat(second.work().articlesRead()).isZero();
    assertThat(second.problems()).isEqualTo(first.problems()).hasSize(2);
  }

  @Test
  void aDamagedCacheIsIgnored() throws Exception {
    TestSite site = site();
    site.buildClean();
    try (Stream<Path> files = Files.list(dir.resolve(".broadsheet-cache"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7});
      }
    }
    site.add(article("world/story-0.md", "title: Story zero\ndate: 2024-01-10T10:00:00Z", "Changed."));
    BuildReport report = site.buildClean();
    assertThat(report.work().articlesRead()).isEqualTo(12);
    assertSameAsUncachedBuild(site);
  }

  @Test
  void withoutItsManifestTheNextBuildRewritesTheWholeOutput() throws Exception {
    // A build killed while moving its files into place has deleted the manifest first.
    TestSite site = site();
    site.buildClean();
    Files.writeString(site.output().resolve("tags/t1/index.html"), "half-way");
    try (Stream<Path> files = Files.list(dir.resolve(".broadsheet-cache"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("pages-")).toList()) {
        Files.delete(f);
      }
    }
    site.buildClean();
    assertSameAsUncachedBuild(site);
  }
  private Path cacheFile(String name) {
    return dir.resolve(".broadsheet-cache").resolve(name);
  }

  @Test
  void aFewChangedArticlesAreSavedBesideTheWholeCacheWhichStaysAsItWas() throws Exception {
    TestSite site = site();
    site.buildClean();
    byte[] whole = Files.readAllBytes(cacheFile("articles.bin"));
    FileTime wholeTime = Files.getLastModifiedTime(cacheFile("articles.bin"));

    site.add(article("world/story-0.md", "title: Story zero\ndate: 2024-01-10T10:00:00Z", "Changed."));
    assertThat(site.buildClean().work().articlesRead()).isEqualTo(1);
    Files.delete(dir.resolve("content/business/story-1.md"));
    assertThat(site.buildClean().work().articlesRead()).isZero();

    assertThat(Files.readAllBytes(cacheFile("articles.bin"))).isEqualTo(whole);
    assertThat(Files.getLastModifiedTime(cacheFile("articles.bin"))).isEqualTo(wholeTime);
    assertThat(cacheFile("articles.bin.recent")).isRegularFile();
    // The edited article comes from the recent changes, the others from the whole file.
    assertThat(site.buildClean().work().articlesRead()).isZero();
    site.add(article("world/story-2.md", "title: Story two\ndate: 2024-03-12T10:00:00Z", "Again."));
    assertThat(site.buildClean().work().articlesRead()).isEqualTo(1);
    assertSameAsUncachedBuild(site);
  }

  @Test
  void manyChangedArticlesRewriteTheWholeCache() throws Exception {
    TestSite site = site();
    for (int i = 12; i < 80; i++) {
      site.add(article("sport/extra-" + i + ".md", "title: Extra " + i + "\ndate: 2024-06-01", "Extra."));
    }
    site.buildClean();
    site.add(article("world/story-0.md", "title: Story zero\ndate: 2024-01-10T10:00:00Z", "Changed."));
    site.buildClean();
    assertThat(cacheFile("articles.bin.recent")).isRegularFile();
    byte[] whole = Files.readAllBytes(cacheFile("articles.bin"));

    for (int i = 12; i < 80; i++) {
      site.add(article("sport/extra-" + i + ".md", "title: Extra " + i + "\ndate: 2024-06-02", "New."));
    }
    assertThat(site.buildClean().work().articlesRead()).isEqualTo(68);

    assertThat(Files.readAllBytes(cacheFile("articles.bin"))).isNotEqualTo(whole);
    assertThat(cacheFile("articles.bin.recent")).doesNotExist();
    assertThat(site.buildClean().work().articlesRead()).isZero();
    assertSameAsUncachedBuild(site);
  }

  /** A site built, then built again after an edit to story 0, which the recent changes hold. */
  private TestSite siteWithARecentChange() {
    TestSite site = site();
    site.buildClean();
    site.add(article("world/story-0.md", "title: Story zero\ndate: 2024-01-10T10:00:00Z", "Changed."));
    site.buildClean();
    return site;
  }

  @Test
  void recentChangesAreIgnoredWhenTheWholeCacheIsNotTheOneTheyWereMadeOn() throws Exception {
    TestSite site = siteWithARecentChange();
    Files.setLastModifiedTime(cacheFile("articles.bin"), FileTime.fromMillis(1_000_000));

    // The whole file has story 0 as it was, so it is read again; nothing else is.
    assertThat(site.buildClean().work().articlesRead()).isEqualTo(1);
    assertSameAsUncachedBuild(site);
  }

  @Test
  void damagedRecentChangesCostOnlyTheArticlesTheyHeld() throws Exception {
    TestSite site = siteWithARecentChange();
    Files.write(cacheFile("articles.bin.recent"), new byte[] {0, 5, 'b', 'r', 'o', 'k', 'e', 9});

    assertThat(site.buildClean().work().articlesRead()).isEqualTo(1);
    assertSameAsUncachedBuild(site);
  }
}
