package dev.broadsheet.syndication;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9) with every page and its last change. Past
 * {@link #MAX_URLS} URLs the pages go into {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... and
 * {@code sitemap.xml} becomes their index.
 */
public final class Sitemaps {
  /** The most URLs one sitemap file may hold, by the protocol. */
  public static final int MAX_URLS = 50_000;
  static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  /** A page: its site path and when it last changed (null when unknown). */
  public record Entry(String path, ZonedDateTime lastModified) {}

  private Sitemaps() {}

  public static List<GeneratedFile> files(List<Entry> entries, Urls urls, int limit) {
    return split("sitemap", entries, limit, urls, part -> urlset(part, urls),
        part -> part.stream().map(Entry::lastModified).filter(Objects::nonNull)
            .max(Comparator.naturalOrder()).orElse(null),
        part -> part.stream().flatMap(e -> java.util.stream.Stream.of(e.path(), e.lastModified()))
            .toList());
  }

  /**
   * {@code <name>.xml} holding all of {@code items}, or, past {@code limit} of them,
   * {@code <name>-1.xml}, {@code <name>-2.xml} ... and {@code <name>.xml} as their index, each part
   * dated by {@code newest}; {@code inputs} says what a part is made from.
   */
  static <T> List<GeneratedFile> split(String name, List<T> items, int limit, Urls urls,
      Function<List<T>, byte[]> urlset, Function<List<T>, ZonedDateTime> newest,
      Function<List<T>, List<?>> inputs) {
    if (items.size() <= limit) {
      return List.of(new GeneratedFile(name + ".xml", "site.yaml", () -> urlset.apply(items),
          inputs.apply(items)));
    }
    List<GeneratedFile> files = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    List<ZonedDateTime> dates = new ArrayList<>();
    for (int from = 0, n = 1; from < items.size(); from += limit, n++) {
      List<T> part = items.subList(from, Math.min(items.size(), from + limit));
      String file = name + "-" + n + ".xml";
      parts.add(file);
      dates.add(newest.apply(part));
      files.add(new GeneratedFile(file, "site.yaml", () -> urlset.apply(part), inputs.apply(part)));
    }
    files.add(0, new GeneratedFile(name + ".xml", "site.yaml", () -> index(parts, dates, urls),
        java.util.Arrays.asList(parts, dates)));
    return files;
  }

  private static byte[] urlset(List<Entry> entries, Urls urls) {
    XmlWriter x = new XmlWriter();
    x.start("urlset", "xmlns", NS);
    for (Entry e : entries) {
      x.start("url");
      x.element("loc", urls.absolute(e.path()));
      if (e.lastModified() != null) {
        x.element("lastmod", Feeds.rfc3339(e.lastModified()));
      }
      x.end();
    }
    x.end();
    return x.finish();
  }

  /** A sitemap index naming {@code files}, with the newest change in each where known. */
  static byte[] index(List<String> files, List<ZonedDateTime> dates, Urls urls) {
    XmlWriter x = new XmlWriter();
    x.start("sitemapindex", "xmlns", NS);
    for (int i = 0; i < files.size(); i++) {
      x.start("sitemap");
      x.element("loc", urls.absolute(files.get(i)));
      if (dates.get(i) != null) {
        x.element("lastmod", Feeds.rfc3339(dates.get(i)));
      }
      x.end();
    }
    x.end();
    return x.finish();
  }
}
