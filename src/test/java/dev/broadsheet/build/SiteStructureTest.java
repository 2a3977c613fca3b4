package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.problem.Problem;
import dev.broadsheet.testutil.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fixture site with sections, tags and authors across three years, built once; every page kind
 * and every pagination edge is checked by parsing the HTML.
 */
class SiteStructureTest {
  @TempDir static Path dir;
  static TestSite site;
  static BuildReport report;

  @BeforeAll
  static void build() {
    StringBuilder spec = new StringBuilder("""
        === site.yaml
        title: Fixture Times
        baseUrl: https://fixture.example/
        pageSize: 2
        sections:
          - { key: world, title: World News, description: Beyond our borders. }
          - { key: business, title: Business }
          - { key: empty, title: Empty Section }
        home: { topStories: 2, perSection: 2, latest: 3 }
        === content/authors/ann-lee.yaml
        name: Ann Lee
        role: Correspondent
        bio: Ann reports on the world.
        links: { website: "https://ann.example/", email: ann@fixture.example }
        === content/authors/idle-writer.yaml
        name: Idle Writer
        """);
    // world: 5 stories (3 pages of 2), business: 2 (exactly one page), sport: 1 (undeclared)
    spec.append(article("world/w1.md", "title: W1\ndate: 2023-03-01T10:00:00Z\nauthors: [ann-lee]\ntags: [Alpha, Beta]", "One two three."));
    spec.append(article("world/w2.md", "title: W2\ndate: 2024-03-01T10:00:00Z\nauthors: [ann-lee]\ntags: [Alpha]", "Text."));
    spec.append(article("world/w3.md", "title: W3\ndate: 2024-07-01T10:00:00Z\nauthors: [Bob Stone]\ntags: [Alpha, Rare]", "Text."));
    spec.append(article("world/w4.md", "title: W4\ndate: 2025-01-01T10:00:00Z\nauthors: [ann-lee, Bob Stone]\ntags: [Beta]", "Text."));
    spec.append(article("world/w5.md", "title: W5\ndate: 2025-01-01T10:00:00Z\ntags: [Alpha, Rare]", "Text."));
    spec.append(article("business/b1.md", "title: B1\ndate: 2024-03-05T10:00:00Z\ntags: [Gamma]\nfeatured: true", "Text."));
    spec.append(article("business/b2.md", "title: B2\ndate: 2025-02-01T10:00:00Z\ntags: [Gamma]", "Text."));
    spec.append(article("sport/s1.md", "title: S1\ndate: 2025-02-02T10:00:00Z\ntags: [Zürich]", "word ".repeat(700)));
    site = TestSite.write(dir, spec.toString());
    report = site.build();
  }

  private static List<String> headlines(Document page) {
    return page.select(".story-list .card-title a").eachText();
  }

  @Test
  void buildsWithOnlyTheUndeclaredSectionWarning() {
    assertThat(report.errors()).as(TestSite.messages(report)).isZero();
    assertThat(report.problems()).extracting(Problem::format).containsExactly(
        "content/sport/s1.md:1:1: warning: section 'sport' is not declared in site.yaml, so it is titled"
            + " 'Sport' and listed last; add it under 'sections:' to set its title and place");
  }

  @Test
  void sectionFrontsArePaginatedNewestFirstWithTheFirstPageAtTheBareUrl() {
    Document p1 = site.page("world/index.html");
    assertThat(p1.select("h1").text()).isEqualTo("World News");
    assertThat(p1.select(".list-header .dek").text()).isEqualTo("Beyond our borders.");
    // W4 and W5 share a time: the tie is broken by file path.
    assertThat(headlines(p1)).containsExactly("W4", "W5");
    assertThat(site.page("world/page/2/index.html").select(".story-list .card-title a").eachText())
        .containsExactly("W3", "W2");
    assertThat(headlines(site.page("world/page/3/index.html"))).containsExactly("W1");
    assertThat(site.exists("world/page/1/index.html")).isFalse();
    assertThat(site.exists("world/page/4/index.html")).isFalse();
  }

  @Test
  void paginationHasNumberedAndRelLinks() {
    Document p2 = site.page("world/page/2/index.html");
    assertThat(p2.select("head link[rel=prev]").attr("href")).isEqualTo("/world/");
    assertThat(p2.select("head link[rel=next]").attr("href")).isEqualTo("/world/page/3/");
    assertThat(p2.select(".pagination a[rel=prev]").attr("href")).isEqualTo("/world/");
    assertThat(p2.select(".pagination a[rel=next]").attr("href")).isEqualTo("/world/page/3/");
    assertThat(p2.select(".pagination ol a").eachAttr("href"))
        .containsExactly("/world/", "/world/page/2/", "/world/page/3/");
    assertThat(p2.select(".pagination a[aria-current=page]").text()).isEqualTo("2");
    Document p1 = site.page("world/index.html");
    assertThat(p1.select("link[rel=prev]")).isEmpty();
    Document p3 = site.page("world/page/3/index.html");
    assertThat(p3.select("link[rel=next]")).isEmpty();
  }

  @Test
  void exactlyOnePageHasNoPagination() {
    Document business = site.page("business/index.html");
    assertThat(headlines(business)).containsExactly("B2", "B1");
    assertThat(business.select(".pagination")).isEmpty();
    assertThat(site.exists("business/page/2/index.html")).isFalse();
  }

  @Test
  void aSectionWithNoArticlesStillHasItsFront() {
    Document empty = site.page("empty/index.html");
    assertThat(empty.select("h1").text()).isEqualTo("Empty Section");
    assertThat(empty.select(".empty").text()).contains("No articles");
  }

  @Test
  void anUndeclaredSectionWorksTitledFromItsKey() {
    assertThat(site.page("sport/index.html").select("h1").text()).isEqualTo("Sport");
    assertThat(site.page("index.html").select("nav.sections a").eachText())
        .containsExactly("Home", "World News", "Business", "Empty Section", "Sport", "Archive", "Search");
  }

  @Test
  void tagPagesAndTheTagIndexOrderedByCountThenName() {
    Document index = site.page("tags/index.html");
    assertThat(index.select(".tag-cloud a").eachAttr("href")).containsExactly(
        "/tags/alpha/", "/tags/beta/", "/tags/gamma/", "/tags/rare/", "/tags/zurich/");
    Document alpha = site.page("tags/alpha/index.html");
    assertThat(alpha.select("h1").text()).isEqualTo("Alpha");
    assertThat(headlines(alpha)).containsExactly("W5", "W3");
    assertThat(headlines(site.page("tags/alpha/page/2/index.html"))).containsExactly("W2", "W1");
    assertThat(site.page("tags/zurich/index.html").select("h1").text()).isEqualTo("Zürich");
  }

  @Test
  void aTagWrittenTwoWaysIsNamedAsTheFirstArticleByPathWritesIt(@TempDir Path other) {
    TestSite spellings = TestSite.write(other, TestSite.config("")
        + article("world/b.md", "title: B\ndate: 2025-03-01T10:00:00Z\ntags: [Climate Change]", "Newest.")
        + article("world/a.md", "title: A\ndate: 2025-01-01T10:00:00Z\ntags: [climate change]", "Oldest.")
        + article("world/c.md", "title: C\ndate: 2025-02-01T10:00:00Z\ntags: [CLIMATE CHANGE]", "Middle."));
    assertThat(spellings.build().problems()).as("written alike: one topic, no warning").isEmpty();
    Document tag = spellings.page("tags/climate-change/index.html");
    assertThat(tag.select("h1").text()).isEqualTo("climate change");
    assertThat(headlines(tag)).containsExactly("B", "C", "A");
    assertThat(spellings.page("world/2025/03/01/b/index.html").select("a[href=/tags/climate-change/]")
        .eachText()).contains("climate change");
  }

  @Test
  void tagsThatShareASlugButAreWrittenOtherwiseAreReportedOnce(@TempDir Path other) {
    TestSite symbols = TestSite.write(other, TestSite.config("")
        + article("world/a.md", "title: A\ndate: 2025-01-01T10:00:00Z\ntags: [C++]", "x")
        + article("world/b.md", "title: B\ndate: 2025-01-02T10:00:00Z\ntags: [C#]", "x")
        + article("world/c.md", "title: C\ndate: 2025-01-03T10:00:00Z\ntags: [C#, Café]", "x")
        + article("world/d.md", "title: D\ndate: 2025-01-04T10:00:00Z\ntags: [cafe]", "x"));

    BuildReport report = symbols.build();

    assertThat(report.problems()).extracting(p -> p.file() + ":" + p.line() + ": " + p.message())
        .containsExactly("content/world/b.md:4: tag 'C#' shares the page /tags/c/ with 'C++'"
            + " (content/world/a.md), as both make the slug 'c', and is listed there as 'C++';"
            + " write the two alike if they are one topic, or tell them apart in letters");
    assertThat(headlines(symbols.page("tags/c/index.html"))).containsExactly("C", "B", "A");
  }

  @Test
  void authorPagesShowProfilesAndArticlesAndBylinesLinkThem() {
    Document ann = site.page("authors/ann-lee/index.html");
    assertThat(ann.select("h1").text()).isEqualTo("Ann Lee");
    assertThat(ann.select(".role").text()).isEqualTo("Correspondent");
    assertThat(ann.select(".bio").text()).isEqualTo("Ann reports on the world.");
    assertThat(ann.select(".author-links a").eachAttr("href"))
        .containsExactly("https://ann.example/", "mailto:ann@fixture.example");
    assertThat(headlines(ann)).containsExactly("W4", "W2");
    assertThat(headlines(site.page("authors/ann-lee/page/2/index.html"))).containsExactly("W1");

    Document bob = site.page("authors/bob-stone/index.html");
    assertThat(bob.select("h1").text()).isEqualTo("Bob Stone");
    assertThat(headlines(bob)).containsExactly("W4", "W3");

    assertThat(site.page("authors/idle-writer/index.html").select(".empty")).isNotEmpty();
    assertThat(site.page("authors/index.html").select(".author-index > li > a").eachText())
        .containsExactly("Ann Lee", "Bob Stone", "Idle Writer");

    Document w4 = site.page("world/2025/01/01/w4/index.html");
    assertThat(w4.select(".article-meta .byline a").eachAttr("href"))
        .containsExactly("/authors/ann-lee/", "/authors/bob-stone/");
    assertThat(w4.select(".article-meta .byline").text()).isEqualTo("By Ann Lee and Bob Stone");
  }

  @Test
  void dateArchivesByYearAndMonthWithCounts() {
    Document index = site.page("archive/index.html");
    assertThat(index.select(".archive-year h2 a").eachText()).containsExactly("2025", "2024", "2023");
    Element y2024 = index.select(".archive-year").get(1);
    assertThat(y2024.select("li").eachText()).containsExactly("July 1", "March 2");
    assertThat(y2024.select("h2 .count").text()).isEqualTo("3");
    assertThat(headlines(site.page("archive/2024/index.html"))).containsExactly("W3", "B1");
    assertThat(headlines(site.page("archive/2024/page/2/index.html"))).containsExactly("W2");
    assertThat(headlines(site.page("archive/2024/03/index.html"))).containsExactly("B1", "W2");
    assertThat(site.page("archive/2024/03/index.html").select("h1").text()).isEqualTo("March 2024");
  }

  @Test
  void homePageHasLeadTopSectionBlocksAndLatest() {
    Document home = site.page("index.html");
    assertThat(home.select(".front-lead .card-title").text()).isEqualTo("B1");
    assertThat(home.select(".front-top .card-title").eachText()).containsExactly("S1", "B2");
    assertThat(home.select(".latest-list a").eachText()).containsExactly("S1", "B2", "W4");
    assertThat(home.select(".section-block h2").eachText()).containsExactly("World News");
    assertThat(home.select(".section-block .card-title").eachText()).containsExactly("W4", "W5");
  }

  @Test
  void articlePagesShowReadingTimeRelatedAndNeighbours() {
    Document s1 = site.page("sport/2025/02/02/s1/index.html");
    assertThat(s1.select(".reading-time").text()).isEqualTo("4 min read · 700 words");
    Document w3 = site.page("world/2024/07/01/w3/index.html");
    // W5 shares the rare tag and Alpha; it ranks first.
    assertThat(w3.select(".related .card-title").eachText()).first().isEqualTo("W5");
    assertThat(w3.select(".related .card-title").eachText()).hasSize(4).doesNotContain("W3");
    assertThat(w3.select("a[rel=next].neighbour-next").attr("href")).isEqualTo("/world/2025/01/01/w5/");
    assertThat(w3.select("a[rel=prev].neighbour-prev").attr("href")).isEqualTo("/world/2024/03/01/w2/");
    Document w1 = site.page("world/2023/03/01/w1/index.html");
    assertThat(w1.select(".neighbour-prev")).isEmpty();
  }

  @Test
  void everyPageHasExactlyOneH1AndTheNotFoundPageExists() {
    for (String file : site.outputFiles()) {
      if (file.endsWith(".html")) {
        assertThat(site.page(file).select("h1")).as(file).hasSize(1);
      }
    }
    assertThat(site.page("404.html").select("h1").text()).isEqualTo("Page not found");
  }
}
