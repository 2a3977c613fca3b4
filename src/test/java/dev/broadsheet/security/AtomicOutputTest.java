package dev.broadsheet.security;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.build.BuildReport;
import dev.broadsheet.testutil.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output is replaced whole or not at all: a build killed mid-way leaves it as it was. */
class AtomicOutputTest {
  @TempDir Path dir;

  static Map<String, String> digest(Path root) throws Exception {
    Map<String, String> files = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
      }
    }
    return files;
  }

  private static long countFiles(Path root) {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.count();
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }

  @Test
  void aBuildKilledWithSigkillMidWayLeavesThePreviousOutputExactlyAsItWas() throws Exception {
    StringBuilder spec = new StringBuilder(config(""));
    String body = "A paragraph of the story, long enough to be worth rendering. ".repeat(40);
    for (int i = 0; i < 3000; i++) {
      spec.append(article("world/story-" + i + ".md", "title: Story " + i + "\ndate: 2024-01-01T"
          + String.format("%02d:%02d:00Z", (i / 60) % 24, i % 60) + "\ntags: [t" + (i % 50) + "]", body));
    }
    TestSite site = TestSite.write(dir, spec.toString());
    BuildReport first = site.build();
    assertThat(first.errors()).isZero();
    Map<String, String> before = digest(site.output());

    // Change every article, so that a finished second build would differ everywhere.
    site.file("site.yaml", "title: Changed Times\nbaseUrl: https://test.example/\nsections: [{key: world}]\n");
    Path staging = dir.resolve(".broadsheet-staging-output");
    Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.broadsheet.cli.Main", "build", "--site",
        dir.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (countFiles(staging) < 500 && build.isAlive() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(build.isAlive()).as("the build must still be running when it is killed; its log:\n%s",
        Files.readString(dir.resolve("build.log"))).isTrue();
    build.destroyForcibly();
    assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(build.exitValue()).isEqualTo(137);

    assertThat(digest(site.output())).isEqualTo(before);
    assertThat(countFiles(staging)).as("the killed build got part-way").isPositive();

    // The next build starts clean, replaces the output and leaves no staging folder behind.
    BuildReport next = site.build();
    assertThat(next.published()).isTrue();
    assertThat(staging).doesNotExist();
    assertThat(site.read("index.html")).contains("Changed Times");
  }

  @Test
  void filesOfDeletedArticlesDisappearFromTheNextOutput() throws Exception {
    TestSite site = TestSite.write(dir, config("") + article("world/keep.md", "title: Keep\ndate: 2024-01-01\ntags: [kept]", "x")
        + article("world/gone.md", "title: Gone\ndate: 2024-01-02\ntags: [lonely]", "x")
        + "=== content/world/gone.png\npng\n");
    site.buildClean();
    assertThat(site.exists("world/2024/01/02/gone/index.html")).isTrue();
    assertThat(site.exists("tags/lonely/index.html")).isTrue();
    Files.delete(dir.resolve("content/world/gone.md"));
    Files.delete(dir.resolve("content/world/gone.png"));
    site.buildClean();
    assertThat(site.exists("world/2024/01/02/gone/index.html")).isFalse();
    assertThat(site.exists("tags/lonely/index.html")).isFalse();
    assertThat(site.exists("world/gone.png")).isFalse();
    assertThat(site.read("sitemap.xml")).doesNotContain("gone");
    assertThat(site.read("feed.xml")).doesNotContain("Gone");
  }

  @Test
  void theOutputOptionRefusesFoldersItMustNotReplace() throws Exception {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md", "title: A\ndate: 2024-01-01", "x"));
    Path home = Path.of(System.getProperty("user.home"));
    Map<Path, String> refused = new LinkedHashMap<>();
    refused.put(dir, ".: error: refusing to write the site to " + dir
        + ": it is the site folder itself");
    refused.put(dir.getParent(), "it is a folder that holds the site;");
    refused.put(dir.resolve("content"), "it is inside content/");
    refused.put(dir.resolve("templates"), "it is inside templates/");
    refused.put(home, "it is your home folder;");
    if (home.getParent() != null && home.getParent().getParent() != null) { // not /root
      refused.put(home.getParent(), "it is a folder that holds your home folder;");
    }
    refused.put(Path.of("/"), "it is the file system's root");
    refused.forEach((bad, why) -> {
      BuildReport report = site.build(site.options().withOutput(bad));
      assertThat(report.published()).as(bad.toString()).isFalse();
      assertThat(TestSite.messages(report)).as(bad.toString())
          .contains("refusing to write the site to", why);
    });
    Path mine = dir.resolve("mine");
    Files.createDirectories(mine);
    Files.writeString(mine.resolve("keep.txt"), "mine");
    BuildReport report = new dev.broadsheet.build.Generator().run(site.paths().withOutput(mine), site.options());
    assertThat(TestSite.messages(report)).contains("not written by Broadsheet");
    assertThat(mine.resolve("keep.txt")).hasContent("mine");
  }

  @Test
  void filesWhoseBytesDidNotChangeKeepTheirModificationTimes() throws Exception {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md", "title: A\ndate: 2024-01-01", "First.")
        + article("business/b.md", "title: B\ndate: 2024-01-02", "Second."));
    site.buildClean();
    java.nio.file.attribute.FileTime epoch = java.nio.file.attribute.FileTime.fromMillis(0);
    for (String file : site.outputFiles()) {
      Files.setLastModifiedTime(site.output().resolve(file), epoch);
    }
    site.add(article("world/a.md", "title: A\ndate: 2024-01-01", "First, edited."));
    site.buildClean();
    assertThat(Files.getLastModifiedTime(site.output().resolve("world/2024/01/01/a/index.html")))
        .isNotEqualTo(epoch);
    for (String unchanged : new String[] {"business/2024/01/02/b/index.html", "assets/style.css",
        "assets/card.png", "tags/index.html"}) {
      assertThat(Files.getLastModifiedTime(site.output().resolve(unchanged))).as(unchanged).isEqualTo(epoch);
    }
    assertThat(site.read("world/2024/01/01/a/index.html")).contains("First, edited.");
  }
}
