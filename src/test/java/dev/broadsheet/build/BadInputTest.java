package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.problem.Problem;
import dev.broadsheet.testutil.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input ends in precise messages, all at once, and never in a half-written site. */
class BadInputTest {
  @TempDir Path dir;

  private static final String GOOD = article("world/good.md", "title: Good\ndate: 2024-01-01", "Fine.");

  @Test
  void everyProblemOfARunIsReportedTogetherWithItsPosition() {
    TestSite site = TestSite.write(dir, config("") + GOOD
        + article("world/a.md", "title: A\ndate: tomorrow", "x")
        + article("world/b.md", "date: 2024-01-01", "x")
        + article("world/c.md", "title: [a, list]\ndate: 2024-01-01", "x")
        + "=== content/world/d.md\n---\ntitle: D\ndate: 2024-01-01\n\nno closing fence\n"
        + article("world/e.md", "title: E\n  date: 2024-01-01\n bad: [", "x")
        + article("world/f.md", "title: F", "x"));
    BuildReport report = site.build();
    assertThat(report.published()).isFalse();
    assertThat(report.problems()).extracting(Problem::format).containsExactly(
        "content/world/a.md:3:7: error: 'tomorrow' is not a date I can read; write "
            + "2023-02-21, 2023-02-21T14:30:00+03:00 or 2023-02-21 14:30:00 +0300",
        "content/world/b.md:1:1: error: missing 'title:' (the headline); add it to the front matter",
        "content/world/c.md:2:8: error: 'title' must be text, not a list; write one value, or quote it",
        "content/world/d.md:1:1: error: front matter opened here never closes; add a '---' line after its last key",
        report.problems().get(4).format(),
        "content/world/f.md:1:1: error: missing 'date:' (when the article was published); add one such as "
            + "2023-02-21T14:30:00+03:00, or name the file YYYY-MM-DD-slug.md");
    assertThat(report.problems().get(4).format()).startsWith("content/world/e.md:3:").contains("invalid YAML");
    assertThat(report.failedArticles()).isEqualTo(6);
    assertThat(Files.exists(site.output())).isFalse();
  }

  @Test
  void aFailedBuildLeavesThePreviousOutputAsItWas() throws Exception {
    TestSite site = TestSite.write(dir, config("") + GOOD);
    site.buildClean();
    String before = site.read("world/2024/01/01/good/index.html");
    var filesBefore = site.outputFiles();
    site.add(article("world/bad.md", "title: Bad\ndate: 2024-13-01", "x")
        + article("world/good.md", "title: Changed\ndate: 2024-01-01", "Fine."));
    BuildReport report = site.build();
    assertThat(report.published()).isFalse();
    assertThat(site.read("world/2024/01/01/good/index.html")).isEqualTo(before);
    assertThat(site.outputFiles()).isEqualTo(filesBefore);
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
        .as("no staging folder is left behind").noneMatch(n -> n.startsWith(".broadsheet-staging")
            || n.startsWith(".broadsheet-old"));
  }

  @Test
  void keepGoingPublishesTheRestAndStillNamesEachBadArticle() {
    TestSite site = TestSite.write(dir, config("") + GOOD + article("world/bad.md", "title: Bad", "x"));
    BuildReport report = site.build(site.options().withKeepGoing(true));
    assertThat(report.published()).isTrue();
    assertThat(report.errors()).isEqualTo(1);
    assertThat(report.failedArticles()).isEqualTo(1);
    assertThat(report.problems().get(0).file()).isEqualTo("content/world/bad.md");
    assertThat(site.exists("world/2024/01/01/good/index.html")).isTrue();
  }

  @Test
  void twoArticlesWithOneUrlAreAnErrorNamingBoth() {
    TestSite site = TestSite.write(dir, config("") + GOOD
        + article("world/other.md", "title: Other\ndate: 2024-01-01\nslug: good", "x"));
    BuildReport report = site.build();
    assertThat(report.problems()).extracting(Problem::format).containsExactly(
        "content/world/other.md:4:1: error: this article's URL /world/2024/01/01/good/ is already taken by "
            + "content/world/good.md; give one of them another 'slug:'");
  }

  @Test
  void aSectionThatCollidesWithAnotherPageIsAnError() {
    TestSite site = TestSite.write(dir, config("permalink: /:section/:slug/") + GOOD
        + article("tags/x.md", "title: X\ndate: 2024-01-01\nslug: index", "x"));
    BuildReport report = site.build();
    assertThat(report.errors()).isPositive();
    assertThat(TestSite.messages(report)).contains("would be written twice");
  }

  @Test
  void invalidUtf8AndBinaryFilesAreNamedWithTheirPosition() {
    TestSite site = TestSite.write(dir, config(""))
        .bytes("content/world/latin1.md", "---\ntitle: Caf\u00e9\n---\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
        .bytes("content/world/binary.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    BuildReport report = site.build();
    assertThat(report.problems()).extracting(Problem::format).containsExactly(
        "content/world/binary.md:1:5: error: a binary file, not text (it holds NUL bytes)",
        "content/world/latin1.md:2:11: error: not valid UTF-8; save the file as UTF-8");
  }

  @Test
  void badSlugsAndSectionsCannotEscapeTheSite() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md",
        "title: A\ndate: 2024-01-01\nslug: ../../etc/passwd", "x")
        + article("world/b.md", "title: B\ndate: 2024-01-01\nsection: \"..\"", "x")
        + article("world/c.md", "title: C\ndate: 2024-01-01\nimage: { src: ../../../secret.png, alt: x }", "x"));
    BuildReport report = site.build();
    assertThat(report.problems()).extracting(Problem::format).containsExactly(
        "content/world/a.md:4:7: error: slug '../../etc/passwd' may hold only lower-case letters, digits and single hyphens; write 'etc-passwd'",
        "content/world/b.md:4:10: error: section '..' has no letters or digits to make a URL from; use a key such as 'world'",
        "content/world/c.md:4:15: error: image '../../../secret.png' points outside the site; put the file beside the article or under static/");
  }

  @Test
  void aTemplateErrorNamesTheTemplateItsLineAndThePage() {
    TestSite site = TestSite.write(dir, config("") + GOOD + """
        === templates/article.ftlh
        <h1>${article.title}</h1>
        <p>${article.nonsense}</p>
        """);
    BuildReport report = site.build();
    assertThat(report.published()).isFalse();
    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("templates/article.ftlh");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(6);
      assertThat(p.message()).contains("article.nonsense")
          .contains("while rendering world/2024/01/01/good/index.html for content/world/good.md");
    });
  }

  @Test
  void aTemplateSyntaxErrorIsReportedOnce() {
    TestSite site = TestSite.write(dir, config("") + GOOD
        + article("world/two.md", "title: Two\ndate: 2024-01-02", "x") + """
        === templates/article.ftlh
        <#if article.title>
        """);
    BuildReport report = site.build();
    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("templates/article.ftlh");
      assertThat(p.message()).contains("syntax error").contains("and 1 other pages");
    });
  }

  @Test
  void aMissingTemplateIsNamed() {
    TestSite site = TestSite.write(dir, config("") + GOOD + """
        === templates/home.ftlh
        <#include "nowhere.ftlh">
        """);
    BuildReport report = site.build();
    assertThat(TestSite.messages(report)).contains("templates/home.ftlh:1:1: error:").contains("nowhere.ftlh");
  }

  @Test
  void markdownNestedTenThousandLevelsDeepNeverCrashes() {
    TestSite site = TestSite.write(dir, config("") + article("world/deep.md",
        "title: Deep\ndate: 2024-01-01", ">".repeat(10_000) + " deep\n"));
    BuildReport report = site.build();
    assertThat(report.errors() == 0 || TestSite.messages(report).contains("nested too deeply")).isTrue();
  }

  @Test
  void anAuthorIdWithoutAProfileIsAWarningButAFailedProfileIsOnlyItsOwnError() {
    String story = article("world/story.md",
        "title: Story\ndate: 2024-01-01\nauthors: [jo-smith, ann-lee]", "Text.");
    TestSite site = TestSite.write(dir, config("") + story
        + "=== content/authors/ann-lee.yaml\nname: Ann Lee\nphoto: ../../secret.png\n");

    assertThat(site.build().problems()).extracting(Problem::format).containsExactly(
        "content/authors/ann-lee.yaml:2:8: error: photo '../../secret.png' points outside the site",
        "content/world/story.md:4:1: warning: author 'jo-smith' looks like a profile id, but"
            + " content/authors/jo-smith.yaml does not exist; create it, or write the author's"
            + " full name");
  }

  @Test
  void anAuthorIdNearAProfilesIdIsToldTheNearestOne() {
    TestSite site = TestSite.write(dir, config("") + article("world/story.md",
        "title: Story\ndate: 2024-01-01\nauthors: [ann-lea]", "Text.")
        + "=== content/authors/ann-lee.yaml\nname: Ann Lee\n");

    assertThat(site.build().problems()).extracting(Problem::format).containsExactly(
        "content/world/story.md:4:1: warning: author 'ann-lea' looks like a profile id, but"
            + " content/authors/ann-lea.yaml does not exist; did you mean 'ann-lee'?");
  }

  @Test
  void aReportShowsControlCharactersOfTheInputAsEscapes() {
    // YAML's "\e" is the escape character that starts a terminal's colour and title sequences.
    TestSite site = TestSite.write(dir, config("") + article("world/a.md",
        "title: A\ndate: \"\\e]0;title\\a\\e[31mtomorrow\\u202E\"", "Text."));

    assertThat(site.build().problems()).extracting(Problem::format).containsExactly(
        "content/world/a.md:3:7: error: '\\u001B]0;title\\u0007\\u001B[31mtomorrow\\u202E' is not a"
            + " date I can read; write 2023-02-21, 2023-02-21T14:30:00+03:00 or 2023-02-21"
            + " 14:30:00 +0300");
  }

  @Test
  void anImageThatNamesAFolderIsToldSo() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md",
        "title: A\ndate: 2024-01-01\nimage: {src: ../, alt: A map}", "![A chart](charts/)"));

    assertThat(site.build().problems()).extracting(Problem::format).containsExactly(
        "content/world/a.md:4:14: warning: image '../' names a folder, not a file; name the image"
            + " file itself",
        "content/world/a.md:6:1: warning: image 'charts/' names a folder, not a file; name the"
            + " image file itself");
  }
}
