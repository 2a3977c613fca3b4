package dev.broadsheet.syndication;

import dev.broadsheet.model.Story;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Google News sitemap, {@code news-sitemap.xml}: only articles published in the two days before
 * the build's "now", at most {@link #MAX_ENTRIES} a file, split under an index beyond that.
 *
 * <p>With nothing recent, the file still validates: the sitemap schema requires at least one
 * {@code url}, so it lists the home page alone, without {@code news:news}, which news crawlers
 * pass over as "not an article".
 */
public final class NewsSitemap {
  /** The most {@code news:news} entries one file may hold. */
  public static final int MAX_ENTRIES = 1_000;
  /** How far back an article may be published to be listed. */
  public static final Duration WINDOW = Duration.ofDays(2);
  static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

  private NewsSitemap() {}

  /**
   * The stories a news sitemap built at {@code now} lists, newest first: those of
   * {@code newestFirst} (sorted by date, newest first) from the window up to {@code now}. The
   * look stops at the first story older than the window, not at the end of the site.
   */
  public static List<Story> recent(List<Story> newestFirst, ZonedDateTime now) {
    long to = now.toEpochSecond();
    long from = now.minus(WINDOW).toEpochSecond();
    int nano = now.getNano();
    List<Story> recent = new ArrayList<>();
    for (Story s : newestFirst) {
      ZonedDateTime date = s.article().date();
      long second = date.toEpochSecond();
      if (second < from || second == from && date.getNano() <= nano) {
        break;
      }
      if (second < to || second == to && date.getNano() <= nano) {
        recent.add(s);
      }
    }
    return List.copyOf(recent);
  }

  public static List<GeneratedFile> files(List<Story> stories, String publication, String language,
      Urls urls, int limit) {
    String lang = newsLanguage(language);
    return Sitemaps.split("news-sitemap", stories, limit, urls,
        part -> urlset(part, publication, lang, urls), part -> part.get(0).article().date(),
        part -> java.util.Arrays.asList(publication, lang, part));
  }

  /** Google wants ISO 639 codes, except zh-cn and zh-tw: {@code en-GB} -> {@code en}. */
  static String newsLanguage(String tag) {
    String lower = tag.toLowerCase(Locale.ROOT);
    if (lower.startsWith("zh")) {
      return lower.contains("tw") || lower.contains("hant") || lower.contains("hk") ? "zh-tw" : "zh-cn";
    }
    int dash = lower.indexOf('-');
    return dash < 0 ? lower : lower.substring(0, dash);
  }

  private static byte[] urlset(List<Story> stories, String publication, String language, Urls urls) {
    XmlWriter x = new XmlWriter();
    x.start("urlset", "xmlns", Sitemaps.NS, "xmlns:news", NEWS_NS);
    if (stories.isEmpty()) {
      x.start("url");
      x.element("loc", urls.absolute(""));
      x.end();
    }
    for (Story s : stories) {
      x.start("url");
      x.element("loc", urls.absolute(s.path()));
      x.start("news:news");
      x.start("news:publication");
      x.element("news:name", publication);
      x.element("news:language", language);
      x.end();
      x.element("news:publication_date", Feeds.rfc3339(s.article().date()));
      x.element("news:title", s.article().title());
      x.end();
      x.end();
    }
    x.end();
    return x.finish();
  }
}
