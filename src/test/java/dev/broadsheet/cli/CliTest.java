package dev.broadsheet.cli;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testutil.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run whole through injected writers and a fixed clock. */
class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(new PrintWriter(out), new PrintWriter(err),
        Clock.fixed(TestSite.NOW, ZoneOffset.UTC), args);
    return new Run(code, out.toString(), err.toString());
  }

  private TestSite goodSite() {
    return TestSite.write(dir, config("") + article("world/a.md", "title: A\ndate: 2024-01-01", "Text.")
        + article("world/later.md", "title: Later\ndate: 2027-01-01T06:00:00Z", "Text."));
  }

  @Test
  void theSiteToReadEarlyIsFoundBeforeTheArgumentsAreParsed() {
    assertThat(Cli.siteToBuild("build")).isEqualTo(Path.of("."));
    assertThat(Cli.siteToBuild("build", "--verbose", "--site", "news")).isEqualTo(Path.of("news"));
    assertThat(Cli.siteToBuild("serve", "--site=news", "--port", "8080"))
        .isEqualTo(Path.of("news"));
    assertThat(Cli.siteToBuild("build", "--no-cache", "--site", "news")).isNull();
    assertThat(Cli.siteToBuild("build", "--help")).isNull();
    assertThat(Cli.siteToBuild("check", "--site", "news")).isNull();
    assertThat(Cli.siteToBuild("new", "world/story.md")).isNull();
    assertThat(Cli.siteToBuild()).isNull();
  }

  @Test
  void buildPrintsAOneLineSummaryAndExitsZero() {
    TestSite site = goodSite();
    Run r = run("build", "--site", site.root().toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).matches("(?s)Built 1 article, \\d+ pages and \\d+ files into output/ in \\d+\\.\\d\\d s "
        + "\\(0 errors and 0 warnings\\)\\.\nNext scheduled change falls due at 2027-01-01T06:00:00Z; rebuild then\\.\n");
    assertThat(site.exists("world/2024/01/01/a/index.html")).isTrue();
  }

  @Test
  void buildWithProblemsPrintsEachAndExitsOne() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md", "title: A", "x"));
    Run r = run("build", "--site", site.root().toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("content/world/a.md:1:1: error: missing 'date:'");
    assertThat(r.out()).startsWith("Build failed with 1 error and 0 warnings; output/ was left as it was.");
  }

  @Test
  void optionsReachTheBuild() {
    TestSite site = goodSite();
    Path out = dir.resolve("public");
    Run r = run("build", "--site", site.root().toString(), "--output", out.toString(), "--future",
        "--base-url", "https://staging.example/", "--verbose");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("world/2027/01/01/later/index.html")).exists();
    assertThat(out.resolve("index.html")).content().contains("https://staging.example/");
    assertThat(r.out()).contains("parse").contains("render").contains(" ms");
  }

  @Test
  void nowCanBeSetForAReproducibleBuild() {
    TestSite site = goodSite();
    Run r = run("build", "--site", site.root().toString(), "--now", "2027-02-01T00:00:00Z");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Built 2 articles");
    assertThat(run("build", "--site", site.root().toString(), "--now", "soon").code()).isEqualTo(2);
    // A time java.time reads but cannot work days out around: a clear refusal, not an internal error.
    Run far = run("build", "--site", site.root().toString(), "--now", "-999999999-01-01T00:00:00Z");
    assertThat(far.code()).isEqualTo(2);
    assertThat(far.err()).startsWith("--now '-999999999-01-01T00:00:00Z' is out of range;");
  }

  @Test
  void checkWritesNothingAndCountsMissingImagesAsErrors() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md",
        "title: A\ndate: 2024-01-01\nimage: { src: gone.png, alt: Gone }", "x"));
    Run check = run("check", "--site", site.root().toString());
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.err()).contains("content/world/a.md:4:15: error: image 'gone.png' not found");
    assertThat(check.out()).startsWith("Check failed:");
    assertThat(site.output()).doesNotExist();
    Run build = run("build", "--site", site.root().toString());
    assertThat(build.code()).isZero();
    assertThat(build.err()).contains("warning: image 'gone.png' not found");
  }

  @Test
  void checkStrictCountsWarningsAsErrors() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md", "title: A\ndate: 2024-01-01\nmood: sunny", "x"));
    assertThat(run("check", "--site", site.root().toString()).code()).isZero();
    assertThat(run("check", "--strict", "--site", site.root().toString()).code()).isEqualTo(1);
  }

  @Test
  void keepGoingPublishesAndStillExitsOne() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md", "title: A\ndate: 2024-01-01", "x")
        + article("world/b.md", "title: B", "x"));
    Run r = run("build", "--keep-going", "--site", site.root().toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("1 article left out because of errors");
    assertThat(site.exists("world/2024/01/01/a/index.html")).isTrue();
  }

  @Test
  void usageErrorsExitTwo() {
    Run r = run("build", "--no-such-option");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--no-such-option'");
    assertThat(run().code()).isEqualTo(2);
    assertThat(run("publish").code()).isEqualTo(2);
  }

  @Test
  void helpAndVersionWork() {
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("build", "check", "Exit codes:");
    Run buildHelp = run("build", "--help");
    assertThat(buildHelp.out()).contains("--site", "--output", "--drafts", "--future", "--base-url",
        "--keep-going", "--verbose");
    Run version = run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("broadsheet ");
  }

  @Test
  void aMissingSiteIsAClearError() {
    Run r = run("build", "--site", dir.resolve("nowhere").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("site.yaml: error: no site.yaml");
  }

  @Test
  void runningOutOfMemoryIsSaidPlainlyWithoutAStackTraceAndLeavesTheOutput() throws Exception {
    TestSite site = goodSite();
    assertThat(run("build", "--site", site.root().toString()).code()).isZero();
    String before = site.read("index.html");
    String paragraph = "The council met again on Tuesday to discuss the budget, and talks went on late. ".repeat(10);
    site.file("content/world/big.md", "---\ntitle: Big\ndate: 2024-01-01\n---\n" + (paragraph + "\n\n").repeat(6000));
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx24m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        "dev.broadsheet.cli.Main", "build", "--site", site.root().toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isEqualTo(Cli.INTERNAL);
    assertThat(output).startsWith("broadsheet: out of memory. Give Java a larger heap")
        .doesNotContain("\tat ", "Exception in thread");
    assertThat(site.read("index.html")).isEqualTo(before);
  }
}
