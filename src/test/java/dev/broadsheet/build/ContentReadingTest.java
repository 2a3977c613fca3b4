package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.problem.Problem;
import dev.broadsheet.testutil.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How articles are read, built end to end: front matter forms, migrations, encodings. */
class ContentReadingTest {
  @TempDir Path dir;

  @Test
  void readsEveryFrontMatterKey() {
    TestSite site = TestSite.write(dir, config("timeZone: Europe/Moscow") + article("world/summit.md", """
        title: "Leaders meet"
        dek: "A short dek"
        date: 2023-02-21T14:30:00+03:00
        updated: 2023-02-22T09:00:00+03:00
        authors: [Jane Doe]
        source: Agencies
        section: world
        tags: [China, Russia]
        location: Moscow
        image: { src: pic.svg, alt: "Alt text", caption: "The caption", credit: "The credit" }
        summary: "Custom summary"
        slug: leaders-meet
        featured: true
        """, "Body text.") + "=== content/world/pic.svg\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    BuildReport report = site.buildClean();
    assertThat(report.problems()).isEmpty();
    Document page = site.page("world/2023/02/21/leaders-meet/index.html");
    assertThat(page.select("h1").text()).isEqualTo("Leaders meet");
    assertThat(page.select(".dek").text()).isEqualTo("A short dek");
    assertThat(page.select(".byline a").text()).isEqualTo("Jane Doe");
    assertThat(page.select(".dateline").text()).isEqualTo("Moscow");
    assertThat(page.select("time").first().attr("datetime")).isEqualTo("2023-02-21T14:30:00+03:00");
    assertThat(page.select(".updated time").attr("datetime")).isEqualTo("2023-02-22T09:00:00+03:00");
    assertThat(page.select("figure img").attr("src")).isEqualTo("/world/pic.svg");
    assertThat(page.select("figure img").attr("alt")).isEqualTo("Alt text");
    assertThat(page.select("figcaption .caption").text()).isEqualTo("The caption");
    assertThat(page.select("figcaption .credit").text()).isEqualTo("The credit");
    assertThat(page.select(".source-line").text()).isEqualTo("Source: Agencies");
    assertThat(page.select(".tags a")).extracting(e -> e.text()).containsExactly("China", "Russia");
    assertThat(site.exists("world/pic.svg")).isTrue();
  }

  @Test
  void hiddenFilesAndFoldersAndEditorBackupsAreNotRead() {
    String front = "title: A story\ndate: 2024-01-10T10:00:00Z";
    TestSite site = TestSite.write(dir, config("") + article("world/story.md", front, "Body.")
        + article("world/.draft.md", front, "Hidden.")
        + article("world/story.md~", front, "A backup.")
        + article(".git/notes.md", front, "Hidden folder.")
        + article("world/.drafts/other.md", front, "Hidden folder within.")
        + "=== content/world/.pic.svg\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");

    BuildReport report = site.buildClean();

    assertThat(report.problems()).isEmpty();
    assertThat(report.work().articleFiles()).isEqualTo(1);
    assertThat(site.outputFiles()).noneMatch(f -> f.contains(".pic") || f.contains("draft")
        || f.contains("notes") || f.contains("other"));
  }

  @Test
  void contentAndStaticFoldersMayBeLinksToFoldersInsideTheSite() throws Exception {
    TestSite site = TestSite.write(dir, config("") + """
        === articles/world/story.md
        ---
        title: A story
        date: 2024-01-10T10:00:00Z
        ---
        Body.
        === public/hello.txt
        Hello.
        """);
    java.nio.file.Files.createSymbolicLink(dir.resolve("content"), Path.of("articles"));
    java.nio.file.Files.createSymbolicLink(dir.resolve("static"), Path.of("public"));
    site.buildClean();
    assertThat(site.exists("world/2024/01/10/story/index.html")).isTrue();
    assertThat(site.read("hello.txt")).isEqualTo("Hello.\n");

    Path outside = java.nio.file.Files.createTempDirectory("broadsheet-outside-");
    try {
      java.nio.file.Files.delete(dir.resolve("static"));
      java.nio.file.Files.createSymbolicLink(dir.resolve("static"), outside);
      assertThat(site.build().problems()).extracting(Problem::format).containsExactly(
          "static: error: symbolic link points outside the site; copy the folder in instead");
    } finally {
      java.nio.file.Files.delete(outside);
    }
  }

  @Test
  void aBackslashInAFileNameIsPartOfTheName() {
    // On Linux a backslash is a character of a name, not a folder: the article stays in world/
    // with its own slug and is named as it is; a file copied as it is, whose name would reach
    // servers that read the backslash as a folder, is refused by name.
    TestSite site = TestSite.write(dir, config("") + article("world/back\\slash.md",
        "title: A story\ndate: 2024-01-10T10:00:00Z\nmood: calm", "Body."));
    assertThat(site.buildClean().problems()).extracting(Problem::file)
        .containsExactly("content/world/back\\slash.md");
    assertThat(site.exists("world/2024/01/10/back-slash/index.html")).isTrue();

    site.add("=== static/notes\\a.txt\nA note.\n");
    BuildReport report = site.build();

    assertThat(report.problems()).extracting(p -> p.file() + ": " + p.message()).contains(
        "static/notes\\a.txt: a backslash in the file's name, which servers on Windows and some"
            + " browsers read as a folder; rename the file");
    assertThat(report.errors()).isEqualTo(1);
  }

  @Test
  void buildsJekyllPostsAsTheyAre() {
    TestSite site = TestSite.write(dir, config("timeZone: America/New_York") + """
        === content/_posts/2015-05-15-some-title.md
        ---
        layout: post
        title: Some title
        author: Jane Doe
        categories: [Politics, Local news]
        excerpt: The excerpt.
        last_modified_at: 2015-05-16 10:00:00 -0400
        ---
        Body.
        === content/_posts/2016-01-02-other.md
        ---
        layout: post
        title: Other
        date: 2016-01-02 08:15:00 -0500
        tags: election recount
        ---
        Body.
        """);
    BuildReport report = site.build();
    assertThat(report.errors()).as(TestSite.messages(report)).isZero();
    Document page = site.page("news/2015/05/15/some-title/index.html");
    assertThat(page.select("time").first().attr("datetime")).isEqualTo("2015-05-15T00:00:00-04:00");
    assertThat(page.select(".byline").text()).isEqualTo("By Jane Doe");
    assertThat(page.select(".tags a")).extracting(e -> e.text()).containsExactly("Politics", "Local news");
    assertThat(page.select(".updated time").attr("datetime")).isEqualTo("2015-05-16T10:00:00-04:00");
    assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("The excerpt.");
    Document other = site.page("news/2016/01/02/other/index.html");
    assertThat(other.select(".tags a")).extracting(e -> e.text()).containsExactly("election", "recount");
    assertThat(report.problems()).filteredOn(p -> p.message().contains("'layout'")).singleElement()
        .satisfies(p -> {
          assertThat(p.message()).contains("(in 2 files)");
          assertThat(p.file()).isEqualTo("content/_posts/2015-05-15-some-title.md");
          assertThat(p.line()).isEqualTo(2);
        });
  }

  @Test
  void buildsHugoPostsAsTheyAre() {
    TestSite site = TestSite.write(dir, config("") + article("business/rates.md", """
        title: Rates held
        publishDate: 2025-03-20
        lastmod: 2025-03-21T10:00:00Z
        description: The description.
        tags: "rates, inflation"
        draft: false
        """, "Body."));
    site.buildClean();
    Document page = site.page("business/2025/03/20/rates/index.html");
    assertThat(page.select(".tags a")).extracting(e -> e.text()).containsExactly("rates", "inflation");
    assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("The description.");
  }

  @Test
  void unknownKeysStayAvailableToTemplates() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md",
        "title: A\ndate: 2024-01-01\nkicker: Exclusive", "Body.") + """
        === templates/article.ftlh
        <p id="kicker">${article.extra.kicker}</p>
        """);
    BuildReport report = site.build();
    assertThat(report.errors()).isZero();
    assertThat(site.read("world/2024/01/01/a/index.html")).contains("<p id=\"kicker\">Exclusive</p>");
    assertThat(report.problems()).extracting(Problem::format).containsExactly(
        "content/world/a.md:4:1: warning: unknown front-matter key 'kicker'; templates can still read it as article.extra.kicker");
  }

  @Test
  void handlesAByteOrderMarkAndWindowsLineEndings() {
    String text = "\uFEFF---\r\ntitle: Crlf\r\ndate: 2024-01-01\r\n---\r\nLine one\r\n\r\nLine two\r\n";
    TestSite site = TestSite.write(dir, config(""))
        .bytes("content/world/crlf.md", text.getBytes(StandardCharsets.UTF_8));
    site.buildClean();
    Document page = site.page("world/2024/01/01/crlf/index.html");
    assertThat(page.select("h1").text()).isEqualTo("Crlf");
    assertThat(page.select(".article-body p")).hasSize(2);
    assertThat(page.select(".article-body").html()).doesNotContain("\r");
  }

  @Test
  void theSectionIsTheFirstFolderUnlessFrontMatterNamesOne() {
    TestSite site = TestSite.write(dir, config("") + article("world/europe/a.md", "title: A\ndate: 2024-01-01", "x")
        + article("world/b.md", "title: B\ndate: 2024-01-01\nsection: Business", "x")
        + article("c.md", "title: C\ndate: 2024-01-01", "x")
        + article("world/story/index.md", "title: D\ndate: 2024-01-01", "x"));
    site.build();
    assertThat(site.exists("world/2024/01/01/a/index.html")).isTrue();
    assertThat(site.exists("business/2024/01/01/b/index.html")).isTrue();
    assertThat(site.exists("news/2024/01/01/c/index.html")).isTrue();
    assertThat(site.exists("world/2024/01/01/story/index.html")).isTrue();
  }

  @Test
  void draftsAndScheduledArticlesAreLeftOutUnlessAskedFor() {
    TestSite site = TestSite.write(dir, config("") + article("world/draft.md", "title: D\ndate: 2024-01-01\ndraft: true", "x")
        + article("world/later.md", "title: L\ndate: 2027-01-01T06:00:00Z", "x")
        + article("world/held.md", "title: H\ndate: 2026-11-27T08:00:00Z\nembargo: 2026-11-28T06:00:00Z", "x")
        + article("world/now.md", "title: N\ndate: 2026-11-27T11:59:00Z", "x"));
    BuildReport report = site.buildClean();
    assertThat(report.articles()).isEqualTo(1);
    assertThat(site.exists("world/2024/01/01/draft/index.html")).isFalse();
    assertThat(site.exists("world/2027/01/01/later/index.html")).isFalse();
    assertThat(site.exists("world/2026/11/27/held/index.html")).isFalse();
    assertThat(site.read("index.html")).doesNotContain(">L<", ">H<", ">D<");
    assertThat(report.nextDue()).hasValueSatisfying(t ->
        assertThat(t.toInstant().toString()).isEqualTo("2026-11-28T06:00:00Z"));

    BuildReport all = site.build(site.options().withDrafts(true).withFuture(true));
    assertThat(all.articles()).isEqualTo(4);
    assertThat(site.exists("world/2024/01/01/draft/index.html")).isTrue();
    assertThat(site.exists("world/2027/01/01/later/index.html")).isTrue();
  }

  @Test
  void imagesBesideArticlesAreCopiedAndMissingOnesAreWarnings() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md",
        "title: A\ndate: 2024-01-01\nimage: { src: missing.jpg, alt: x }", "![chart](chart.png)")
        + "=== content/world/chart.png\nnot really a png\n");
    BuildReport report = site.build();
    assertThat(report.published()).isTrue();
    assertThat(report.problems()).extracting(Problem::format).containsExactly(
        "content/world/a.md:4:15: warning: image 'missing.jpg' not found (looked for content/world/missing.jpg and static/world/missing.jpg)",
        "content/world/a.md:6:1: warning: cannot read image 'world/chart.png': not a PNG file Broadsheet can read, or damaged");
    assertThat(site.exists("world/chart.png")).isTrue();
    assertThat(site.read("world/2024/01/01/a/index.html")).contains("src=\"/world/chart.png\"");
  }

  @Test
  void linksToArticleFilesBecomeTheirUrls() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md", "title: A\ndate: 2024-01-01",
        "See [B](../business/b.md#the-detail) and [C](c.md).")
        + article("business/b.md", "title: B\ndate: 2024-02-01", "## The detail\n\nText.")
        + article("world/c.md", "title: C\ndate: 2024-03-01", "x"));
    site.buildClean();
    Document page = site.page("world/2024/01/01/a/index.html");
    assertThat(page.select(".article-body a")).extracting(e -> e.attr("href"))
        .containsExactly("/business/2024/02/01/b/#the-detail", "/world/2024/03/01/c/");
  }
}
