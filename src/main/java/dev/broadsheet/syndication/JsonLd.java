package dev.broadsheet.syndication;

import dev.broadsheet.util.Json;
import dev.broadsheet.util.OrderedMaps;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Permalinks;
import dev.broadsheet.model.Site;
import dev.broadsheet.model.Story;
import dev.broadsheet.util.UrlPaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org JSON-LD for each kind of page: a NewsArticle for articles, a WebSite for the home page
 * and a CollectionPage for lists, each with a BreadcrumbList. Serialized by {@link Json}, so the
 * result is safe inside {@code <script type="application/ld+json">}.
 */
public final class JsonLd {
  private static final String CONTEXT = "https://schema.org";
  /** The width of the version social cards and search results are given, where the original has it. */
  static final int CARD_WIDTH = 1200;

  /** One step of a breadcrumb trail: a name and a site path. */
  public record Crumb(String name, String path) {}

  private final Site site;
  private final Urls urls;
  private final String fallbackImage;

  /** {@code fallbackImage}: the absolute URL of the image for articles without one, or null. */
  public JsonLd(Site site, Urls urls, String fallbackImage) {
    this.site = site;
    this.urls = urls;
    this.fallbackImage = fallbackImage;
  }

  /** The absolute URL of the image for a story's cards: its own, else the site's fallback. */
  public String imageOf(Story s) {
    Article a = s.article();
    if (a.image() == null || !a.image().exists()) {
      return fallbackImage;
    }
    if (a.image().info() != null) {
      return urls.absolute(UrlPaths.encode(a.image().info().atLeast(CARD_WIDTH).path()));
    }
    return urls.image(a.image().url());
  }

  /**
   * The absolute URLs of a story's image in the shapes search engines show (16:9, 4:3, 1:1),
   * when it has them; else of its card image, or none.
   */
  private List<String> imagesOf(Story s) {
    dev.broadsheet.model.Image image = s.article().image();
    if (image != null && image.info() != null && !image.info().crops().isEmpty()) {
      return image.info().crops().stream()
          .map(c -> urls.absolute(UrlPaths.encode(c.path()))).distinct().toList();
    }
    String card = imageOf(s);
    return card == null ? List.of() : List.of(card);
  }

  public String article(Story s) {
    Article a = s.article();
    Map<String, Object> n = new LinkedHashMap<>();
    // Live coverage going on is a LiveBlogPosting, each timed heading of its body an update.
    n.put("@type", a.live() ? "LiveBlogPosting" : "NewsArticle");
    n.put("@id", urls.absolute(s.path()) + "#article");
    n.put("mainEntityOfPage", OrderedMaps.of("@type", "WebPage", "@id", urls.absolute(s.path())));
    n.put("url", urls.absolute(s.path()));
    n.put("headline", a.title());
    n.put("description", a.dek() != null ? a.dek() : a.summary());
    List<String> images = imagesOf(s);
    if (!images.isEmpty()) {
      n.put("image", images);
    }
    n.put("datePublished", Feeds.rfc3339(a.date()));
    n.put("dateModified", Feeds.rfc3339(a.lastModified()));
    List<Map<String, Object>> authors = new ArrayList<>();
    for (String id : s.authorIds()) {
      authors.add(OrderedMaps.of("@type", "Person", "name", site.authors().get(id).name(),
          "url", urls.absolute(Permalinks.author(id))));
    }
    if (authors.isEmpty()) {
      authors.add(organization());
    }
    n.put("author", authors);
    n.put("publisher", organization());
    n.put("articleSection", site.section(a.section()).title());
    List<String> keywords = s.tagSlugs().stream().map(t -> site.tags().get(t).name()).toList();
    if (!keywords.isEmpty()) {
      n.put("keywords", keywords);
    }
    if (a.location() != null) {
      n.put("dateline", a.location());
    }
    if (a.credit() != null) {
      n.put("creditText", a.credit());
    }
    n.put("wordCount", a.wordCount());
    n.put("inLanguage", site.config().language());
    if (a.live()) {
      n.put("coverageStartTime", Feeds.rfc3339(a.date()));
      List<Map<String, Object>> updates = new ArrayList<>();
      for (dev.broadsheet.model.LiveUpdate u : a.updates()) {
        updates.add(OrderedMaps.of("@type", "BlogPosting",
            "headline", u.headline().isEmpty() ? a.title() : u.headline(),
            "datePublished", Feeds.rfc3339(u.time()),
            "url", urls.absolute(s.path()) + "#" + u.anchor()));
      }
      n.put("liveBlogUpdate", updates);
    }
    if (!a.corrections().isEmpty()) {
      List<Map<String, Object>> corrections = new ArrayList<>();
      for (Correction c : a.corrections()) {
        corrections.add(OrderedMaps.of("@type", "CorrectionComment", "text", c.text(),
            "datePublished", Feeds.rfc3339(c.date())));
      }
      n.put("correction", corrections);
    }
    List<Crumb> crumbs = List.of(new Crumb(site.section(a.section()).title(),
        Permalinks.section(a.section())), new Crumb(a.title(), s.path()));
    return graph(n, breadcrumbs(crumbs));
  }

  public String website() {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("@type", "WebSite");
    n.put("@id", urls.absolute("") + "#website");
    n.put("url", urls.absolute(""));
    n.put("name", site.config().title());
    if (!site.config().description().isEmpty()) {
      n.put("description", site.config().description());
    }
    n.put("inLanguage", site.config().language());
    n.put("publisher", organization());
    return graph(n);
  }

  /** A list page: its name, description and path, with the trail leading to it (after Home). */
  public String collection(String name, String description, String path, List<Crumb> trail) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("@type", "CollectionPage");
    n.put("@id", urls.absolute(path));
    n.put("url", urls.absolute(path));
    n.put("name", name);
    if (description != null && !description.isEmpty()) {
      n.put("description", description);
    }
    n.put("inLanguage", site.config().language());
    n.put("isPartOf", OrderedMaps.of("@type", "WebSite", "@id", urls.absolute("") + "#website",
        "name", site.config().title(), "url", urls.absolute("")));
    return graph(n, breadcrumbs(trail));
  }

  private Map<String, Object> organization() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("@type", "Organization");
    o.put("name", site.config().publisher().name());
    o.put("url", urls.absolute(""));
    if (site.config().publisher().logo() != null) {
      o.put("logo", OrderedMaps.of("@type", "ImageObject",
          "url", urls.absolute(site.config().publisher().logo())));
    }
    return o;
  }

  private Map<String, Object> breadcrumbs(List<Crumb> trail) {
    List<Map<String, Object>> items = new ArrayList<>();
    List<Crumb> all = new ArrayList<>();
    all.add(new Crumb(site.config().title(), ""));
    all.addAll(trail);
    for (int i = 0; i < all.size(); i++) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("@type", "ListItem");
      item.put("position", i + 1);
      item.put("name", all.get(i).name());
      item.put("item", urls.absolute(all.get(i).path()));
      items.add(item);
    }
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("@type", "BreadcrumbList");
    list.put("itemListElement", items);
    return list;
  }

  private static String graph(Map<String, Object> first, Map<String, Object> second) {
    return graph(List.of(first, second));
  }

  private static String graph(Map<String, Object> only) {
    return graph(List.of(only));
  }

  private static String graph(List<Map<String, Object>> nodes) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("@context", CONTEXT);
    root.put("@graph", nodes);
    return Json.compact(root);
  }
}
