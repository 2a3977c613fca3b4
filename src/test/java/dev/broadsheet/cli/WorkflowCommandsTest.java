package dev.broadsheet.cli;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.cli.CliTest.Run;
import dev.broadsheet.testutil.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** new, init, check and scheduling, through the command line with their exit codes and output. */
class WorkflowCommandsTest {
  @TempDir Path dir;

  @Test
  void newWritesADraftDatedNowAndRefusesToOverwrite() throws Exception {
    TestSite site = TestSite.write(dir, config("timeZone: Europe/Paris"));
    Run r = CliTest.run("new", "Mayor's \"bold\" plan: 50% & more", "--site", site.root().toString(),
        "--section", "business", "--author", "ann-lee");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("content/business/mayors-bold-plan-50-and-more.md\n");
    String text = Files.readString(site.root().resolve("content/business/mayors-bold-plan-50-and-more.md"));
    assertThat(text).contains("title: \"Mayor's \\\"bold\\\" plan: 50% & more\"",
        "date: 2026-11-27T13:00:00+01:00", "authors: [\"ann-lee\"]", "section: business", "draft: true");

    Run again = CliTest.run("new", "Mayor's \"bold\" plan: 50% & more", "--site", site.root().toString(),
        "--section", "business");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("already exists");

    // The new draft builds with --drafts, with its title as typed but for its quotes, set as
    // print sets them.
    Run build = CliTest.run("build", "--drafts", "--site", site.root().toString());
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(site.page("business/2026/11/27/mayors-bold-plan-50-and-more/index.html").select("h1").text())
        .isEqualTo("Mayor’s “bold” plan: 50% & more");
  }

  @Test
  void newLiveStartsLiveCoverageWithAnUpdateAtTheTimeNow() throws Exception {
    TestSite site = TestSite.write(dir, config("timeZone: Europe/Paris"));
    Run r = CliTest.run("new", "Storm hits the coast", "--live", "--site", site.root().toString());
    assertThat(r.code()).as(r.err()).isZero();
    String text = Files.readString(site.root().resolve("content/world/storm-hits-the-coast.md"));
    assertThat(text).contains("live: true\n", "\n## 13:00\nThe first update.\n");
    Run build = CliTest.run("build", "--drafts", "--site", site.root().toString());
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(build.err()).doesNotContain("warning");
    assertThat(site.page("world/2026/11/27/storm-hits-the-coast/index.html")
        .select(".article-header .flag")).hasSize(1);
  }

  @Test
  void newUsesTheSitesOwnArchetype() throws Exception {
    TestSite site = TestSite.write(dir, config("") + """
        === templates/archetypes/article.md.ftl
        ---
        title: ${titleYaml}
        date: ${date}
        kicker: Exclusive
        ---
        House style: ${section}.
        """);
    Run r = CliTest.run("new", "Scoop", "--site", site.root().toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readString(site.root().resolve("content/world/scoop.md")))
        .contains("kicker: Exclusive", "House style: world.");
  }

  @Test
  void newRefusesASlugTooLongForAFileName() {
    TestSite site = TestSite.write(dir, config(""));
    String slug = "a-long-slug".repeat(30);
    Run r = CliTest.run("new", "Scoop", "--slug", slug, "--site", site.root().toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("broadsheet: slug is 330 characters long, too long for a file's"
        + " name; keep it to 200, such as 'a-long-sluga-long-slug");
    assertThat(site.root().resolve("content/world")).doesNotExist();
  }

  @Test
  void newRefusesASectionSiteYamlDoesNotDeclare() {
    TestSite site = TestSite.write(dir, config(""));
    Run typo = CliTest.run("new", "Scoop", "--section", "wrold", "--site", site.root().toString());
    assertThat(typo.code()).isEqualTo(1);
    assertThat(typo.err()).isEqualTo("broadsheet: section 'wrold' is not declared in site.yaml"
        + " (its sections: world, business, news); did you mean 'world'?\n");
    Run other = CliTest.run("new", "Scoop", "--section", "sport", "--site", site.root().toString());
    assertThat(other.err()).contains("to start a new section, add it under 'sections:'");
    assertThat(site.root().resolve("content")).doesNotExist();

    Run declared = CliTest.run("new", "Scoop", "--section", "News", "--site",
        site.root().toString());
    assertThat(declared.code()).isZero();
    assertThat(declared.out()).isEqualTo("content/news/scoop.md\n");
  }

  @Test
  void newWarnsOfAnAuthorIdWithoutAProfileAndStillWritesTheDraft() {
    TestSite site = TestSite.write(dir, config("")
        + "=== content/authors/ann-lee.yaml\nname: Ann Lee\n"
        + "=== content/authors/bo-li.yml\nname: Bo Li\n");
    Run r = CliTest.run("new", "Scoop", "--author", "ann-lea", "--author", "Jo Smith", "--author",
        "ann-lee", "--author", "bo-li", "--site", site.root().toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("content/world/scoop.md\n");
    assertThat(r.err()).isEqualTo("broadsheet: warning: author 'ann-lea' looks like a profile id,"
        + " but content/authors/ann-lea.yaml does not exist; did you mean 'ann-lee'?\n");
  }

  @Test
  void initOfAnEmptyPathNamesTheCurrentFolder() {
    // The tests run in the project's folder, which is not empty: nothing is written.
    Run r = CliTest.run("init", "");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("broadsheet: the current folder is not empty;");
  }

  @Test
  void initCreatesASiteThatBuildsAtOnce() throws Exception {
    Path newSite = dir.resolve("gazette");
    Run init = CliTest.run("init", newSite.toString());
    assertThat(init.code()).as(init.err()).isZero();
    assertThat(init.out()).contains("Created a new site in");
    assertThat(Files.readString(newSite.resolve("site.yaml"))).contains("# The sections");
    assertThat(newSite.resolve("content/authors/sam-writer.yaml")).exists();
    assertThat(newSite.resolve("templates")).doesNotExist();
    Run build = CliTest.run("build", "--site", newSite.toString());
    assertThat(build.code()).isZero();
    assertThat(build.err()).isEmpty();
    assertThat(build.out()).startsWith("Built 3 articles");
    for (String section : new String[] {"world", "business", "culture"}) {
      assertThat(newSite.resolve("output/" + section + "/index.html")).exists();
    }
  }

  @Test
  void initRefusesAFolderThatIsNotEmptyUnlessForced() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    Run refused = CliTest.run("init", dir.toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("is not empty");
    assertThat(dir.resolve("site.yaml")).doesNotExist();
    Run forced = CliTest.run("init", "--force", dir.toString());
    assertThat(forced.code()).isZero();
    assertThat(dir.resolve("notes.txt")).hasContent("mine");
    assertThat(dir.resolve("site.yaml")).exists();
  }

  @Test
  void initWithTemplatesCopiesTheThemeToCustomise() throws Exception {
    Path newSite = dir.resolve("themed");
    assertThat(CliTest.run("init", "--with-templates", newSite.toString()).code()).isZero();
    for (String file : new String[] {"layout.ftlh", "article.ftlh", "partials/card.ftlh",
        "assets/style.css", "archetypes/article.md.ftl"}) {
      assertThat(newSite.resolve("templates/" + file)).as(file).exists();
    }
    Files.writeString(newSite.resolve("templates/assets/style.css"), "body{color:navy}");
    assertThat(CliTest.run("build", "--site", newSite.toString()).code()).isZero();
    assertThat(newSite.resolve("output/assets/style.css")).hasContent("body{color:navy}");
  }

  @Test
  void checkReportsBrokenLinksAnchorsImagesAndMore() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md",
        "title: A\ndate: 2024-01-01\nsection: opinion\nmood: grim\nimage: { src: pic.png }",
        "See [B](b.md#nowhere), [C](c.md) and ![](gone.png).")
        + article("world/b.md", "title: B\ndate: 2024-01-02", "## Somewhere\n\nText.")
        + "=== content/world/pic.png\npng\n");
    Run r = CliTest.run("check", "--site", site.root().toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).containsExactly(
        "content/world/a.md:4:1: warning: section 'opinion' is not declared in site.yaml, so it is titled 'Opinion' and listed last; add it under 'sections:' to set its title and place",
        "content/world/a.md:5:1: warning: unknown front-matter key 'mood'; templates can still read it as article.extra.mood",
        "content/world/a.md:6:15: error: cannot read image 'world/pic.png': not a PNG file Broadsheet can read, or damaged",
        "content/world/a.md:6:15: error: lead image has no alt text; add 'alt:' describing it for readers who cannot see it",
        "content/world/a.md:8:5: error: link 'b.md#nowhere' names an anchor that content/world/b.md does not have; its headings' anchors are made from their text, in lower case with hyphens",
        "content/world/a.md:8:24: error: link 'c.md' points nowhere: there is no article content/world/c.md",
        "content/world/a.md:8:38: error: image 'gone.png' not found (looked for content/world/gone.png and static/world/gone.png)");
    assertThat(site.output()).doesNotExist();
  }

  @Test
  void checkWritesAJsonReportForCi() throws Exception {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md", "title: A\ndate: nope", "x"));
    Run r = CliTest.run("check", "--format", "json", "--site", site.root().toString());
    assertThat(r.code()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.get("ok").asBoolean()).isFalse();
    assertThat(report.get("errors").asInt()).isEqualTo(1);
    JsonNode p = report.get("problems").get(0);
    assertThat(p.get("file").asText()).isEqualTo("content/world/a.md");
    assertThat(p.get("line").asInt()).isEqualTo(3);
    assertThat(p.get("column").asInt()).isEqualTo(7);
    assertThat(p.get("severity").asText()).isEqualTo("error");
    assertThat(p.get("message").asText()).startsWith("'nope' is not a date");
  }

  @Test
  void theNextBuildFileNamesWhenTheNextArticleFallsDue() throws Exception {
    TestSite site = TestSite.write(dir, config("") + article("world/now.md", "title: Now\ndate: 2026-11-01", "x")
        + article("world/held.md", "title: Held\ndate: 2026-11-27T08:00:00Z\nembargo: 2026-11-28T06:00:00Z", "x")
        + article("world/later.md", "title: Later\ndate: 2026-12-24T18:00:00+01:00", "x"));
    Path next = dir.resolve("next-build.txt");
    Run r = CliTest.run("build", "--site", site.root().toString(), "--next-build-file", next.toString());
    assertThat(r.code()).isZero();
    assertThat(next).hasContent("2026-11-28T06:00:00Z");
    assertThat(r.out()).contains("Next scheduled change falls due at 2026-11-28T06:00:00Z");
    // The embargoed story appears nowhere: not a page, not a list, feed, sitemap or related link.
    for (String file : site.outputFiles()) {
      if (!file.endsWith(".png") && !file.endsWith(".svg")) {
        assertThat(site.read(file)).as(file).doesNotContain("Held", "/held/");
      }
    }
    Run after = CliTest.run("build", "--site", site.root().toString(), "--now", "2026-11-28T06:00:00Z",
        "--next-build-file", next.toString());
    assertThat(after.code()).isZero();
    assertThat(site.exists("world/2026/11/27/held/index.html")).isTrue();
    assertThat(next).hasContent("2026-12-24T17:00:00Z");

    Run none = CliTest.run("build", "--site", site.root().toString(), "--now", "2027-01-01T00:00:00Z",
        "--next-build-file", next.toString());
    assertThat(none.code()).isZero();
    assertThat(next).isEmptyFile();
  }

  @Test
  void aNextBuildFileThatCannotBeWrittenSaysWhy() {
    TestSite site = TestSite.write(dir, config("") + article("world/now.md", "title: Now\ndate: 2026-11-01", "x"));
    Path next = dir.resolve("no-such-folder/next-build.txt");
    Run r = CliTest.run("build", "--site", site.root().toString(), "--next-build-file", next.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("broadsheet: cannot write " + next + ": no such file or folder\n");
  }

  @Test
  void quietPrintsOnlyProblems() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md", "title: A\ndate: 2024-01-01\nmood: x", "x"));
    Run r = CliTest.run("build", "--quiet", "--site", site.root().toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("unknown front-matter key 'mood'");
  }

  @Test
  void aWarningOfEveryArticleIsSummedUpUnlessAllAreAskedFor() {
    StringBuilder spec = new StringBuilder(config(""));
    for (int i = 0; i < 25; i++) {
      spec.append(article("world/s" + (10 + i) + ".md", "title: S\ndate: 2024-01-01\n"
          + "image: {src: gone-" + i + ".png, alt: A photo}", "x"));
    }
    TestSite site = TestSite.write(dir, spec.toString());
    Run summed = CliTest.run("build", "--quiet", "--site", site.root().toString());
    assertThat(summed.code()).isZero();
    assertThat(summed.err().lines()).hasSize(11).last().isEqualTo("broadsheet: 15 more warnings"
        + " like the first 10 of \"image '…' not found\" are not shown; --all-warnings shows them");
    Run all = CliTest.run("build", "--quiet", "--all-warnings", "--site", site.root().toString());
    assertThat(all.err().lines()).hasSize(25).allMatch(l -> l.contains(": warning: image 'gone-"));
  }

  @Test
  void aTerminalGetsAProgressLineThatIsClearedAtTheEnd() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md", "title: A\ndate: 2024-01-01", "x"));
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code = Cli.execute(new java.io.PrintWriter(out), new java.io.PrintWriter(err),
        java.time.Clock.fixed(TestSite.NOW, java.time.ZoneOffset.UTC), true,
        "build", "--site", site.root().toString());
    assertThat(code).isZero();
    assertThat(err.toString()).contains("\r\u001b[KRendering pages").endsWith("\r\u001b[K");
    assertThat(out.toString()).startsWith("Built 1 article");
  }
}
