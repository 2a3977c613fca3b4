package dev.broadsheet.syndication;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.build.BuildReport;
import dev.broadsheet.testutil.TestSite;
import dev.broadsheet.testutil.Xml;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Feeds, sitemaps and page metadata of a built site, read back with real parsers. */
class SyndicationTest {
  @TempDir Path dir;
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String HOSTILE = "Breaking: \"Quotes\" & <b>bold</b> </script><script>alert(1)</script> ]]>";

  private TestSite site(String moreConfig) {
    String feeds = moreConfig.contains("feeds:") ? "" : "feeds: { fullText: true }\n";
    // Typography off: the hostile title's straight quotes must reach every escaper as typed.
    return TestSite.write(dir, config("publisher: { name: Test Media, logo: logo.png }\n"
        + "typography: false\n" + feeds + moreConfig)
        + "=== static/logo.png\npng\n"
        + article("world/hostile.md", "title: '" + HOSTILE.replace("'", "''") + "'\n"
            + "date: 2026-11-26T10:00:00Z\nauthors: [Ann Lee]\ntags: [A & B]\nlocation: Paris\n"
            + "image: { src: pic.png, alt: 'A <picture>' }\n"
            + "corrections:\n  - { date: 2026-11-27T09:00:00Z, text: 'Fixed <a> name.' }",
            "Body with [a link](/world/) and ![img](pic.png).")
        + "=== content/world/pic.png\npng\n"
        + article("world/old.md", "title: Old story\ndate: 2026-11-20T10:00:00Z", "Old body.")
        + article("business/plain.md", "title: Plain\ndate: 2026-11-25T13:00:00Z\nsource: Agencies", "Plain body."));
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void rssHasTheRequiredElementsWithRfc822DatesAndAbsoluteUrls() {
    TestSite site = site("");
    site.buildClean();
    var doc = Xml.parse(site.read("feed.xml"));
    Element channel = Xml.elements(doc, "channel").get(0);
    assertThat(Xml.texts(channel, "title").get(0)).isEqualTo("Test Times");
    assertThat(Xml.texts(channel, "link").get(0)).isEqualTo("https://test.example/");
    assertThat(Xml.elements(doc, "item")).hasSize(3);
    Element first = Xml.elements(doc, "item").get(0);
    assertThat(Xml.texts(first, "title")).containsExactly(HOSTILE);
    assertThat(Xml.texts(first, "link")).containsExactly("https://test.example/world/2026/11/26/hostile/");
    assertThat(Xml.texts(first, "guid")).containsExactly("https://test.example/world/2026/11/26/hostile/");
    ZonedDateTime pub = ZonedDateTime.parse(Xml.texts(first, "pubDate").get(0), DateTimeFormatter.RFC_1123_DATE_TIME);
    assertThat(pub.toInstant().toString()).isEqualTo("2026-11-26T10:00:00Z");
    assertThat(Xml.texts(first, "encoded").get(0))
        .contains("href=\"https://test.example/world/\"", "src=\"https://test.example/world/pic.png\"");
    assertThat(Xml.texts(first, "creator")).containsExactly("Ann Lee");
    assertThat(Xml.texts(Xml.elements(doc, "item").get(1), "creator")).containsExactly("Agencies");
  }

  @Test
  void atomHasTheRequiredElementsWithRfc3339Dates() {
    TestSite site = site("");
    site.buildClean();
    var doc = Xml.parse(site.read("atom.xml"));
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(Xml.texts(doc, "id").get(0)).isEqualTo("https://test.example/atom.xml");
    OffsetDateTime.parse(Xml.texts(doc, "updated").get(0));
    List<Element> entries = Xml.elements(doc, "entry");
    assertThat(entries).hasSize(3);
    Element first = entries.get(0);
    assertThat(Xml.texts(first, "title")).containsExactly(HOSTILE);
    assertThat(Xml.texts(first, "id")).containsExactly("https://test.example/world/2026/11/26/hostile/");
    // The correction moves the entry's update time.
    assertThat(OffsetDateTime.parse(Xml.texts(first, "updated").get(0)).toInstant().toString())
        .isEqualTo("2026-11-27T09:00:00Z");
    assertThat(OffsetDateTime.parse(Xml.texts(first, "published").get(0)).toInstant().toString())
        .isEqualTo("2026-11-26T10:00:00Z");
    assertThat(Xml.texts(doc, "updated").get(0)).isEqualTo(Xml.texts(first, "updated").get(0));
  }

  @Test
  void jsonFeedFollowsVersionOnePointOne() throws Exception {
    TestSite site = site("");
    site.buildClean();
    JsonNode feed = json(site.read("feed.json"));
    assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.get("title").asText()).isEqualTo("Test Times");
    assertThat(feed.get("feed_url").asText()).isEqualTo("https://test.example/feed.json");
    assertThat(feed.get("language").asText()).isEqualTo("en");
    assertThat(feed.get("authors").get(0).get("name").asText()).isEqualTo("Test Media");
    JsonNode item = feed.get("items").get(0);
    assertThat(item.get("id").asText()).isEqualTo("https://test.example/world/2026/11/26/hostile/");
    assertThat(item.get("title").asText()).isEqualTo(HOSTILE);
    assertThat(item.get("image").asText()).isEqualTo("https://test.example/world/pic.png");
    assertThat(OffsetDateTime.parse(item.get("date_published").asText()).toInstant().toString())
        .isEqualTo("2026-11-26T10:00:00Z");
    assertThat(feed.get("items").get(2).get("image").asText()).isEqualTo("https://test.example/logo.png");
    assertThat(item.get("content_html").asText()).contains("https://test.example/world/pic.png");
  }

  @Test
  void feedsExistPerSectionTopicAndAuthorAndFollowTheItemCountAndTextSettings() throws Exception {
    TestSite site = site("feeds: { items: 1, fullText: false }");
    site.buildClean();
    for (String base : List.of("", "world/", "business/", "tags/a-and-b/", "authors/ann-lee/")) {
      for (String file : List.of("feed.xml", "atom.xml", "feed.json")) {
        assertThat(site.exists(base + file)).as(base + file).isTrue();
      }
    }
    var rss = Xml.parse(site.read("world/feed.xml"));
    assertThat(Xml.elements(rss, "item")).hasSize(1);
    assertThat(Xml.texts(rss, "encoded")).isEmpty();
    assertThat(Xml.texts(Xml.parse(site.read("world/atom.xml")), "content")).isEmpty();
    JsonNode item = json(site.read("authors/ann-lee/feed.json")).get("items").get(0);
    assertThat(item.has("content_html")).isFalse();
    assertThat(item.get("content_text").asText()).isEqualTo(item.get("summary").asText());
  }

  @Test
  void topicsHaveNoFeedsOfTheirOwnWhenFeedsTopicsIsFalse() {
    TestSite site = site("feeds: { topics: false }");
    site.buildClean();
    assertThat(site.exists("tags/a-and-b/index.html")).isTrue();
    assertThat(site.outputFiles()).noneMatch(f -> f.startsWith("tags/") && !f.endsWith(".html"));
    assertThat(site.page("tags/a-and-b/index.html").select("link[rel=alternate]").eachAttr("href"))
        .containsExactly("https://test.example/feed.xml", "https://test.example/atom.xml",
            "https://test.example/feed.json");
    assertThat(site.exists("world/feed.xml")).isTrue();
  }

  @Test
  void everyHtmlPageLinksItsFeeds() {
    TestSite site = site("");
    site.buildClean();
    for (String file : site.outputFiles()) {
      if (file.endsWith(".html")) {
        assertThat(site.page(file).select("link[rel=alternate][type=application/rss+xml]").eachAttr("href"))
            .as(file).contains("https://test.example/feed.xml");
      }
    }
    assertThat(site.page("world/index.html").select("link[rel=alternate]").eachAttr("href"))
        .contains("https://test.example/world/atom.xml", "https://test.example/world/feed.json");
    assertThat(site.page("authors/ann-lee/index.html").select("link[rel=alternate]").eachAttr("href"))
        .contains("https://test.example/authors/ann-lee/feed.xml");
    assertThat(site.page("tags/a-and-b/index.html").select("link[rel=alternate]").eachAttr("href"))
        .contains("https://test.example/tags/a-and-b/feed.xml");
    var topic = Xml.parse(site.read("tags/a-and-b/feed.xml"));
    assertThat(Xml.texts(topic, "title")).first().isEqualTo("A & B – Test Times");
    assertThat(Xml.elements(topic, "item")).hasSize(1);
  }

  @Test
  void theSitemapListsEveryPageWithLastmodAndValidates() {
    TestSite site = site("");
    site.buildClean();
    String xml = site.read("sitemap.xml");
    Xml.validate(xml, "sitemap.xsd");
    List<String> locs = Xml.texts(Xml.parse(xml), "loc");
    long pages = site.outputFiles().stream().filter(f -> f.endsWith(".html") && !f.equals("404.html")
        && !f.equals("search/index.html")).count();
    assertThat(locs).hasSize((int) pages).allMatch(l -> l.startsWith("https://test.example/"))
        .contains("https://test.example/", "https://test.example/world/2026/11/26/hostile/",
            "https://test.example/tags/a-and-b/");
    assertThat(Xml.texts(Xml.parse(xml), "lastmod")).allSatisfy(OffsetDateTime::parse);
    assertThat(site.read("robots.txt")).contains("Sitemap: https://test.example/sitemap.xml",
        "Sitemap: https://test.example/news-sitemap.xml");
  }

  @Test
  void aSitesOwnRobotsTxtWins() {
    TestSite site = site("").add("=== static/robots.txt\nUser-agent: *\nDisallow: /private/\n");
    site.buildClean();
    assertThat(site.read("robots.txt")).contains("Disallow: /private/").doesNotContain("Sitemap:");
  }

  @Test
  void theNewsSitemapHoldsOnlyTheLastTwoDaysAndValidates() {
    TestSite site = site("").add(article("world/future.md", "title: Future\ndate: 2026-11-28T10:00:00Z", "x")
        + article("world/edge.md", "title: Edge\ndate: 2026-11-25T12:00:01Z", "x")
        + article("world/outside.md", "title: Outside\ndate: 2026-11-25T12:00:00Z", "x"));
    BuildReport report = site.build(site.options().withFuture(true));
    assertThat(report.errors()).isZero();
    String xml = site.read("news-sitemap.xml");
    Xml.validate(xml, "sitemap.xsd", "sitemap-news.xsd");
    var doc = Xml.parse(xml);
    assertThat(Xml.texts(doc, "title")).containsExactly(HOSTILE, "Plain", "Edge");
    assertThat(Xml.texts(doc, "name")).containsOnly("Test Media");
    assertThat(Xml.texts(doc, "language")).containsOnly("en");
    assertThat(Xml.texts(doc, "publication_date")).allSatisfy(OffsetDateTime::parse);
  }

  @Test
  void anEmptyNewsSitemapIsStillValid() {
    TestSite site = TestSite.write(dir, config("") + article("world/old.md", "title: Old\ndate: 2020-01-01", "x"));
    site.buildClean();
    String xml = site.read("news-sitemap.xml");
    Xml.validate(xml, "sitemap.xsd", "sitemap-news.xsd");
    assertThat(Xml.elements(Xml.parse(xml), "news")).isEmpty();
    assertThat(Xml.texts(Xml.parse(xml), "loc")).containsExactly("https://test.example/");
  }

  @Test
  void articlePagesCarryNewsArticleJsonLdOpenGraphAndTwitterCards() throws Exception {
    TestSite site = site("");
    site.buildClean();
    Document page = site.page("world/2026/11/26/hostile/index.html");
    assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(HOSTILE);
    assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
    assertThat(page.select("meta[property=og:url]").attr("content"))
        .isEqualTo("https://test.example/world/2026/11/26/hostile/");
    assertThat(page.select("meta[property=og:image]").attr("content")).isEqualTo("https://test.example/world/pic.png");
    assertThat(page.select("meta[property=og:site_name]").attr("content")).isEqualTo("Test Times");
    assertThat(page.select("meta[property=og:description]")).hasSize(1);
    assertThat(page.select("meta[property=article:published_time]").attr("content")).isEqualTo("2026-11-26T10:00:00Z");
    assertThat(page.select("meta[property=article:modified_time]").attr("content")).isEqualTo("2026-11-27T09:00:00Z");
    assertThat(page.select("meta[property=article:author]").attr("content")).isEqualTo("https://test.example/authors/ann-lee/");
    assertThat(page.select("meta[property=article:section]").attr("content")).isEqualTo("World");
    assertThat(page.select("meta[property=article:tag]").attr("content")).isEqualTo("A & B");
    assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
    assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://test.example/world/2026/11/26/hostile/");
    assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("max-image-preview:large");
    assertThat(page.select("title").text()).isEqualTo(HOSTILE + " – Test Times");

    var scripts = page.select("script[type=application/ld+json]");
    assertThat(scripts).hasSize(1);
    assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
    String raw = scripts.get(0).data();
    assertThat(raw).doesNotContain("</script", "<b>");
    JsonNode graph = json(raw).get("@graph");
    JsonNode article = graph.get(0);
    assertThat(article.get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(article.get("headline").asText()).isEqualTo(HOSTILE);
    assertThat(article.get("image").get(0).asText()).isEqualTo("https://test.example/world/pic.png");
    assertThat(article.get("datePublished").asText()).isEqualTo("2026-11-26T10:00:00Z");
    assertThat(article.get("dateModified").asText()).isEqualTo("2026-11-27T09:00:00Z");
    assertThat(article.get("author").get(0).get("@type").asText()).isEqualTo("Person");
    assertThat(article.get("author").get(0).get("url").asText()).isEqualTo("https://test.example/authors/ann-lee/");
    assertThat(article.get("publisher").get("@type").asText()).isEqualTo("Organization");
    assertThat(article.get("publisher").get("logo").get("url").asText()).isEqualTo("https://test.example/logo.png");
    assertThat(article.get("articleSection").asText()).isEqualTo("World");
    assertThat(article.get("keywords").get(0).asText()).isEqualTo("A & B");
    assertThat(article.get("dateline").asText()).isEqualTo("Paris");
    assertThat(article.get("correction").get(0).get("text").asText()).isEqualTo("Fixed <a> name.");
    assertThat(graph.get(1).get("@type").asText()).isEqualTo("BreadcrumbList");
  }

  @Test
  void anArticleWithoutAnImageUsesTheSitesFallbackForCards() throws Exception {
    TestSite site = site("");
    site.buildClean();
    Document page = site.page("business/2026/11/25/plain/index.html");
    assertThat(page.select("meta[property=og:image]").attr("content")).isEqualTo("https://test.example/logo.png");
    JsonNode article = json(page.select("script[type=application/ld+json]").get(0).data()).get("@graph").get(0);
    assertThat(article.get("image").get(0).asText()).isEqualTo("https://test.example/logo.png");
    assertThat(article.get("author").get(0).get("@type").asText()).isEqualTo("Organization");
  }

  @Test
  void aMissingDefaultImageOrLogoIsAWarningAtItsLineAndTheThemesCardStandsIn() {
    TestSite site = TestSite.write(dir, config("""
        defaultImage: images/card.png
        publisher: { name: Test Media, logo: logo.png }
        """) + article("world/a.md", "title: A\ndate: 2024-01-01", "x"));
    BuildReport report = site.buildClean();
    assertThat(TestSite.messages(report).lines()).containsExactly(
        "site.yaml:4:15: warning: image 'images/card.png' not found under static/ or content/, so"
            + " social cards cannot use it",
        "site.yaml:5:38: warning: image 'logo.png' not found under static/ or content/, so social"
            + " cards cannot use it");
    assertThat(site.page("world/2024/01/01/a/index.html").select("meta[property=og:image]").attr("content"))
        .isEqualTo("https://test.example/assets/card.png");
  }

  @Test
  void withNoImageConfiguredTheThemesCardIsUsedAndExists() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md", "title: A\ndate: 2024-01-01", "x"));
    site.buildClean();
    assertThat(site.page("world/2024/01/01/a/index.html").select("meta[property=og:image]").attr("content"))
        .isEqualTo("https://test.example/assets/card.png");
    assertThat(site.exists("assets/card.png")).isTrue();
  }

  @Test
  void homeAndListPagesHaveTheirOwnJsonLd() throws Exception {
    TestSite site = site("");
    site.buildClean();
    JsonNode home = json(site.page("index.html").select("script[type=application/ld+json]").get(0).data());
    assertThat(home.get("@graph").get(0).get("@type").asText()).isEqualTo("WebSite");
    JsonNode section = json(site.page("world/index.html").select("script[type=application/ld+json]").get(0).data());
    assertThat(section.get("@graph").get(0).get("@type").asText()).isEqualTo("CollectionPage");
    JsonNode crumbs = section.get("@graph").get(1).get("itemListElement");
    assertThat(crumbs.get(0).get("item").asText()).isEqualTo("https://test.example/");
    assertThat(crumbs.get(1).get("item").asText()).isEqualTo("https://test.example/world/");
  }

  @Test
  void theBaseUrlOptionMovesEveryAbsoluteUrl() {
    TestSite site = site("");
    site.build(site.options().withBaseUrl("https://staging.example/preview"));
    assertThat(site.read("feed.xml")).doesNotContain("https://test.example/")
        .contains("https://staging.example/preview/world/2026/11/26/hostile/");
    assertThat(site.read("sitemap.xml")).doesNotContain("https://test.example/");
    assertThat(site.page("index.html").select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://staging.example/preview/");
    assertThat(site.page("index.html").select("link[rel=stylesheet]").attr("href"))
        .isEqualTo("/preview/assets/style.css");
  }
}
