package dev.broadsheet.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Story;
import dev.broadsheet.testutil.Xml;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sitemap splits past 50,000 URLs and the news sitemap past 1,000 entries, each under an index. */
class SplitTest {
  private static final Urls URLS = new Urls("https://big.example/", "/");
  private static final ZonedDateTime T = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneOffset.UTC);

  private static String text(GeneratedFile f) {
    return new String(f.bytes().get(), StandardCharsets.UTF_8);
  }

  private static List<Sitemaps.Entry> pages(int n) {
    List<Sitemaps.Entry> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Sitemaps.Entry("p/" + i + "/", T.minusMinutes(i)));
    }
    return out;
  }

  @Test
  void exactlyFiftyThousandUrlsFitInOneSitemap() {
    List<GeneratedFile> files = Sitemaps.files(pages(Sitemaps.MAX_URLS), URLS, Sitemaps.MAX_URLS);
    assertThat(files).extracting(GeneratedFile::path).containsExactly("sitemap.xml");
    assertThat(Xml.elements(Xml.parse(text(files.get(0))), "url")).hasSize(50_000);
  }

  @Test
  void oneMoreSplitsUnderAnIndex() {
    List<GeneratedFile> files = Sitemaps.files(pages(Sitemaps.MAX_URLS + 1), URLS, Sitemaps.MAX_URLS);
    assertThat(files).extracting(GeneratedFile::path)
        .containsExactly("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml");
    String index = text(files.get(0));
    Xml.validate(index, "siteindex.xsd");
    assertThat(Xml.texts(Xml.parse(index), "loc"))
        .containsExactly("https://big.example/sitemap-1.xml", "https://big.example/sitemap-2.xml");
    assertThat(Xml.elements(Xml.parse(text(files.get(1))), "url")).hasSize(50_000);
    String last = text(files.get(2));
    Xml.validate(last, "sitemap.xsd");
    assertThat(Xml.texts(Xml.parse(last), "loc")).containsExactly("https://big.example/p/50000/");
  }

  private static List<Story> stories(int n) {
    List<Story> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(story(i, T.minusMinutes(i)));
    }
    return out;
  }

  private static Story story(int i, ZonedDateTime date) {
    Article a = new Article("content/world/" + i + ".md", "Story " + i, null, date,
        null, null, List.of(), null, "world", List.of(), null, null, "", "s" + i, false, false,
        List.of(), false, List.of(), false, dev.broadsheet.model.Body.of(""), 0, List.of(), Map.of(),
        Map.of());
    return new Story(a, "world/s" + i + "/", 1, List.of(), List.of());
  }

  @Test
  void aThousandNewsEntriesFitInOneFileAndOneMoreSplits() {
    assertThat(NewsSitemap.files(stories(1000), "Big", "en-GB", URLS, NewsSitemap.MAX_ENTRIES))
        .extracting(GeneratedFile::path).containsExactly("news-sitemap.xml");
    List<GeneratedFile> files = NewsSitemap.files(stories(1001), "Big", "en-GB", URLS, NewsSitemap.MAX_ENTRIES);
    assertThat(files).extracting(GeneratedFile::path)
        .containsExactly("news-sitemap.xml", "news-sitemap-1.xml", "news-sitemap-2.xml");
    Xml.validate(text(files.get(0)), "siteindex.xsd");
    String first = text(files.get(1));
    Xml.validate(first, "sitemap.xsd", "sitemap-news.xsd");
    assertThat(Xml.elements(Xml.parse(first), "news")).hasSize(1000);
    assertThat(Xml.texts(Xml.parse(text(files.get(2))), "title")).containsExactly("Story 1000");
  }

  @Test
  void theTwoDayWindowIsMeasuredFromTheBuildsNow() {
    List<Story> all = stories(3 * 24 * 60);
    List<Story> recent = NewsSitemap.recent(all, T);
    assertThat(recent).hasSize(2 * 24 * 60);
    assertThat(recent.get(recent.size() - 1).article().date()).isAfter(T.minusDays(2));
  }

  @Test
  void theWindowTakesItsEndsToTheNanosecondAndSkipsStoriesAfterNow() {
    ZonedDateTime start = T.minus(NewsSitemap.WINDOW);
    List<Story> newestFirst = List.of(story(0, T.plusNanos(1)), story(1, T),
        story(2, T.withZoneSameInstant(java.time.ZoneId.of("Asia/Tokyo")).minusHours(1)),
        story(3, start.plusNanos(1)), story(4, start), story(5, start.minusDays(1)));
    assertThat(NewsSitemap.recent(newestFirst, T)).extracting(s -> s.article().title())
        .containsExactly("Story 1", "Story 2", "Story 3");
  }

  @Test
  void newsLanguagesAreIsoCodesWithGooglesChineseExceptions() {
    assertThat(NewsSitemap.newsLanguage("en-GB")).isEqualTo("en");
    assertThat(NewsSitemap.newsLanguage("pt-BR")).isEqualTo("pt");
    assertThat(NewsSitemap.newsLanguage("zh-TW")).isEqualTo("zh-tw");
    assertThat(NewsSitemap.newsLanguage("zh-Hans")).isEqualTo("zh-cn");
  }
}
