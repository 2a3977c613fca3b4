package dev.broadsheet.syndication;

import dev.broadsheet.util.Json;
import dev.broadsheet.util.OrderedMaps;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Author;
import dev.broadsheet.model.BodyLinks;
import dev.broadsheet.model.Site;
import dev.broadsheet.model.Story;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RSS 2.0, Atom (RFC 4287) and JSON Feed 1.1 for one {@link FeedSpec}. Every URL is absolute;
 * dates are RFC 822 in RSS and RFC 3339 in Atom and JSON Feed. Items carry the full text or the
 * summary, as site.yaml says.
 */
public final class Feeds {
  private final Site site;
  private final Urls urls;
  private final JsonLd jsonLd;
  private final String fallbackImage;

  /** {@code fallbackImage}: the absolute URL of the image for stories without one, or null. */
  public Feeds(Site site, Urls urls, String fallbackImage) {
    this.site = site;
    this.urls = urls;
    this.jsonLd = new JsonLd(site, urls, fallbackImage);
    this.fallbackImage = fallbackImage;
  }

  public List<GeneratedFile> files(FeedSpec spec) {
    // A feed shows its stories as their views do, its own titles, the site's card image, and,
    // when empty, the time of the build.
    List<?> inputs = java.util.Arrays.asList(spec.title(), spec.description(), spec.base(),
        spec.pagePath(), fallbackImage, spec.stories(),
        spec.stories().isEmpty() ? site.now() : null);
    return List.of(
        new GeneratedFile(spec.base() + FeedSpec.RSS, spec.origin(), () -> rss(spec), inputs),
        new GeneratedFile(spec.base() + FeedSpec.ATOM, spec.origin(), () -> atom(spec), inputs),
        new GeneratedFile(spec.base() + FeedSpec.JSON, spec.origin(), () -> json(spec), inputs));
  }

  static String rfc822(ZonedDateTime t) {
    return t.withZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.RFC_1123_DATE_TIME);
  }

  /**
   * {@code t} to the second, as {@code ISO_OFFSET_DATE_TIME} writes it ({@code
   * 2026-11-28T09:30:00+03:00}, {@code Z} for UTC), written by hand: every feed item, sitemap
   * entry and JSON-LD date is one, and the formatter took a fifth of making the feeds.
   */
  public static String rfc3339(ZonedDateTime t) {
    int year = t.getYear();
    if (year < 1000 || year > 9999) {
      return t.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    StringBuilder sb = new StringBuilder(25).append(year).append('-');
    two(sb, t.getMonthValue()).append('-');
    two(sb, t.getDayOfMonth()).append('T');
    two(sb, t.getHour()).append(':');
    two(sb, t.getMinute()).append(':');
    two(sb, t.getSecond());
    return sb.append(t.getOffset().getId()).toString();
  }

  private static StringBuilder two(StringBuilder sb, int n) {
    return sb.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }

  /** The newest change among the stories, or the build's now for an empty feed. */
  private ZonedDateTime updated(FeedSpec spec) {
    return spec.stories().stream().map(s -> s.article().lastModified())
        .max(java.util.Comparator.naturalOrder()).orElse(site.now());
  }

  private String content(Story s) {
    return BodyLinks.absolute(BodyLinks.resolve(s.article().bodyHtml(), site), urls.origin());
  }

  private byte[] rss(FeedSpec spec) {
    XmlWriter x = new XmlWriter();
    x.start("rss", "version", "2.0", "xmlns:atom", "http://www.w3.org/2005/Atom",
        "xmlns:content", "http://purl.org/rss/1.0/modules/content/",
        "xmlns:dc", "http://purl.org/dc/elements/1.1/");
    x.start("channel");
    x.element("title", spec.title());
    x.element("link", urls.absolute(spec.pagePath()));
    x.element("description", spec.description());
    x.element("language", site.config().language());
    x.element("lastBuildDate", rfc822(updated(spec)));
    x.element("generator", "Broadsheet");
    x.empty("atom:link", "href", urls.absolute(spec.base() + FeedSpec.RSS), "rel", "self",
        "type", "application/rss+xml");
    for (Story s : spec.stories()) {
      Article a = s.article();
      x.start("item");
      x.element("title", a.title());
      x.element("link", urls.absolute(s.path()));
      x.element("guid", urls.absolute(s.path()), "isPermaLink", "true");
      x.element("pubDate", rfc822(a.date()));
      x.element("description", a.summary());
      if (site.config().feeds().fullText()) {
        x.element("content:encoded", content(s));
      }
      for (String name : authorNames(s)) {
        x.element("dc:creator", name);
      }
      if (a.credit() != null && s.authorIds().isEmpty()) {
        x.element("dc:creator", a.credit());
      }
      x.element("category", site.section(a.section()).title());
      for (String slug : s.tagSlugs()) {
        x.element("category", site.tags().get(slug).name());
      }
      x.end();
    }
    x.end().end();
    return x.finish();
  }

  private byte[] atom(FeedSpec spec) {
    XmlWriter x = new XmlWriter();
    x.start("feed", "xmlns", "http://www.w3.org/2005/Atom", "xml:lang", site.config().language());
    String self = urls.absolute(spec.base() + FeedSpec.ATOM);
    x.element("id", self);
    x.element("title", spec.title());
    x.element("subtitle", spec.description());
    x.element("updated", rfc3339(updated(spec)));
    x.empty("link", "rel", "self", "type", "application/atom+xml", "href", self);
    x.empty("link", "rel", "alternate", "type", "text/html", "href", urls.absolute(spec.pagePath()));
    x.start("author");
    x.element("name", site.config().publisher().name());
    x.element("uri", urls.absolute(""));
    x.end();
    x.element("generator", "Broadsheet");
    for (Story s : spec.stories()) {
      Article a = s.article();
      String url = urls.absolute(s.path());
      x.start("entry");
      x.element("id", url);
      x.element("title", a.title());
      x.empty("link", "rel", "alternate", "type", "text/html", "href", url);
      x.element("published", rfc3339(a.date()));
      x.element("updated", rfc3339(a.lastModified()));
      for (String id : s.authorIds()) {
        Author author = site.authors().get(id);
        x.start("author");
        x.element("name", author.name());
        x.element("uri", urls.absolute(dev.broadsheet.model.Permalinks.author(id)));
        x.end();
      }
      x.empty("category", "term", site.section(a.section()).title());
      for (String slug : s.tagSlugs()) {
        x.empty("category", "term", site.tags().get(slug).name());
      }
      x.element("summary", a.summary(), "type", "text");
      if (site.config().feeds().fullText()) {
        x.element("content", content(s), "type", "html");
      }
      x.end();
    }
    x.end();
    return x.finish();
  }

  private byte[] json(FeedSpec spec) {
    Map<String, Object> feed = new LinkedHashMap<>();
    feed.put("version", "https://jsonfeed.org/version/1.1");
    feed.put("title", spec.title());
    feed.put("home_page_url", urls.absolute(spec.pagePath()));
    feed.put("feed_url", urls.absolute(spec.base() + FeedSpec.JSON));
    feed.put("description", spec.description());
    feed.put("language", site.config().language());
    feed.put("authors", List.of(OrderedMaps.of("name", site.config().publisher().name(),
        "url", urls.absolute(""))));
    List<Map<String, Object>> items = new ArrayList<>();
    for (Story s : spec.stories()) {
      Article a = s.article();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", urls.absolute(s.path()));
      item.put("url", urls.absolute(s.path()));
      item.put("title", a.title());
      if (site.config().feeds().fullText()) {
        item.put("content_html", content(s));
      } else {
        item.put("content_text", a.summary());
      }
      item.put("summary", a.summary());
      String image = jsonLd.imageOf(s);
      if (image != null) {
        item.put("image", image);
      }
      item.put("date_published", rfc3339(a.date()));
      item.put("date_modified", rfc3339(a.lastModified()));
      List<Map<String, Object>> authors = new ArrayList<>();
      for (String id : s.authorIds()) {
        authors.add(OrderedMaps.of("name", site.authors().get(id).name(),
            "url", urls.absolute(dev.broadsheet.model.Permalinks.author(id))));
      }
      if (!authors.isEmpty()) {
        item.put("authors", authors);
      }
      List<String> tags = new ArrayList<>();
      s.tagSlugs().forEach(slug -> tags.add(site.tags().get(slug).name()));
      if (!tags.isEmpty()) {
        item.put("tags", tags);
      }
      items.add(item);
    }
    feed.put("items", items);
    return Json.bytes(feed);
  }

  private List<String> authorNames(Story s) {
    return s.authorIds().stream().map(id -> site.authors().get(id).name()).toList();
  }
}
