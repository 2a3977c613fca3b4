package dev.broadsheet.syndication;

import dev.broadsheet.model.Site;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every machine-readable file of a site: feeds, the sitemap, the Google News sitemap and
 * robots.txt (unless the site has its own in static/).
 */
public final class Syndication {
  private Syndication() {}

  public static List<GeneratedFile> files(Site site, Urls urls, List<FeedSpec> feeds,
      List<Sitemaps.Entry> pages, boolean ownRobots, String fallbackImage) {
    List<GeneratedFile> files = new ArrayList<>();
    Feeds writer = new Feeds(site, urls, fallbackImage);
    feeds.forEach(f -> files.addAll(writer.files(f)));
    List<GeneratedFile> sitemaps = Sitemaps.files(pages, urls, Sitemaps.MAX_URLS);
    files.addAll(sitemaps);
    files.addAll(NewsSitemap.files(NewsSitemap.recent(site.stories(), site.now()),
        site.config().publisher().name(), site.config().language(), urls, NewsSitemap.MAX_ENTRIES));
    if (!ownRobots) {
      files.add(new GeneratedFile("robots.txt", "site.yaml", () -> robots(urls), List.of()));
    }
    return files;
  }

  private static byte[] robots(Urls urls) {
    String text = "User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute("sitemap.xml")
        + "\nSitemap: " + urls.absolute("news-sitemap.xml") + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
