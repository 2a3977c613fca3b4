package dev.broadsheet.render;

import dev.broadsheet.config.Labels;
import dev.broadsheet.util.OrderedMaps;
import dev.broadsheet.model.ArchiveMonth;
import dev.broadsheet.model.ArchiveYear;
import dev.broadsheet.model.Author;
import dev.broadsheet.model.Paginator;
import dev.broadsheet.model.Permalinks;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Site;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.Tag;
import dev.broadsheet.syndication.FeedSpec;
import dev.broadsheet.syndication.JsonLd;
import dev.broadsheet.syndication.JsonLd.Crumb;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Decides which pages exist and what each one shows: home, articles, section fronts, tags,
 * authors, date archives and the 404 page. Lists are paginated with the site's page size. Each page
 * also gets its metadata: feeds to link, the image for social cards, and JSON-LD.
 */
public final class PagePlanner {
  private final Site site;
  private final Views views;
  private final JsonLd jsonLd;
  private final String fallbackImage;
  private final Map<String, List<Object>> feedLinks = new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * When each story last changed, found once: every story is on five or more list pages, and
   * planning runs on one thread.
   */
  private final Map<Story, Modified> modified = new java.util.IdentityHashMap<>();

  /** A time, and its instant as numbers, which compare far quicker than the time does. */
  private record Modified(ZonedDateTime time, long second, int nano) {
    static Modified of(ZonedDateTime time) {
      return new Modified(time, time.toEpochSecond(), time.getNano());
    }

    /** Whether this is later than {@code other}, as {@code ZonedDateTime.compareTo} orders. */
    boolean after(Modified other) {
      return second != other.second ? second > other.second
          : nano != other.nano ? nano > other.nano : time.compareTo(other.time) > 0;
    }
  }

  /** The theme's words in the site's language, for titles, descriptions and trails. */
  private final Labels labels;

  /** {@code fallbackImage}: the absolute URL of the site's card image, or null. */
  public PagePlanner(Site site, Views views, JsonLd jsonLd, String fallbackImage, Labels labels) {
    this.labels = labels;
    this.site = site;
    this.views = views;
    this.jsonLd = jsonLd;
    this.fallbackImage = fallbackImage;
  }

  /** A page's metadata: what kind of thing it is for Open Graph, its card image, JSON-LD, feeds. */
  private record Meta(String type, String image, String imageAlt, Supplier<String> jsonLd,
      List<FeedSpec> feeds) {}

  public List<PagePlan> plan() {
    List<PagePlan> plans = new ArrayList<>();
    ZonedDateTime siteChanged = newest(site.stories());
    plans.add(new PagePlan("", "home.ftlh", "site.yaml", siteChanged, this::home));
    for (Story s : site.stories()) {
      plans.add(articlePage(s));
    }
    for (Section section : site.sections()) {
      String origin = section.declared() || section.stories().isEmpty()
          ? "site.yaml" : section.stories().get(section.stories().size() - 1).article().source();
      String base = Permalinks.section(section.key());
      paginate(plans, base, "section.ftlh", origin, section.stories(), section.title(),
          section.description(), "section", "section", views.sectionRef(section),
          List.of(new Crumb(section.title(), base)), List.of(sectionFeed(section)));
    }
    plans.add(new PagePlan(Permalinks.tags(), "tags.ftlh", "site.yaml", siteChanged,
        this::tagIndex));
    for (Tag tag : site.tags().values()) {
      String base = Permalinks.tag(tag.slug());
      paginate(plans, base, "tag.ftlh", origin(tag), tag.stories(), tag.name(), about(tag),
          "tag", "tag", views.tagRef(tag),
          List.of(new Crumb(label("topics"), Permalinks.tags()), new Crumb(tag.name(), base)),
          site.config().feeds().topics() ? List.of(tagFeed(tag)) : List.of());
    }
    plans.add(new PagePlan(Permalinks.authors(), "authors.ftlh", "site.yaml",
        siteChanged, this::authorIndex));
    for (Author author : site.authors().values()) {
      String origin = author.profile() != null ? author.profile().source()
          : author.stories().get(author.stories().size() - 1).article().source();
      String about = author.profile() != null && author.profile().bio() != null
          ? author.profile().bio() : label("authorDescription", "name", author.name());
      String base = Permalinks.author(author.id());
      paginate(plans, base, "author.ftlh", origin, author.stories(), author.name(), about,
          "author", "author", views.authorRef(author),
          List.of(new Crumb(label("authors"), Permalinks.authors()), new Crumb(author.name(), base)),
          List.of(authorFeed(author)));
    }
    plans.add(new PagePlan(Permalinks.archive(), "archive.ftlh", "site.yaml",
        siteChanged, this::archiveIndex));
    for (ArchiveYear year : site.archive()) {
      String title = String.valueOf(year.year());
      String base = Permalinks.archiveYear(year.year());
      List<Crumb> yearTrail = List.of(new Crumb(label("archive"), Permalinks.archive()),
          new Crumb(title, base));
      paginate(plans, base, "archive-period.ftlh", "site.yaml", year.stories(), title,
          label("periodDescription", "period", title), "archive-period", "period",
          period(year.year(), 0, title), yearTrail, List.of());
      for (ArchiveMonth month : year.months()) {
        String name = views.monthYear(month.year(), month.month());
        String monthBase = Permalinks.archiveMonth(month.year(), month.month());
        List<Crumb> trail = new ArrayList<>(yearTrail);
        trail.add(new Crumb(name, monthBase));
        paginate(plans, monthBase, "archive-period.ftlh", "site.yaml", month.stories(), name,
            label("periodDescription", "period", name), "archive-period", "period",
            period(month.year(), month.month(), name), trail, List.of());
      }
    }
    plans.add(new PagePlan("search/", "search.ftlh", "site.yaml", null, () -> base("search",
        label("search"), label("searchDescription", "site", site.config().title()), "search/",
        new Meta("website", fallbackImage, null, null, List.of()))));
    plans.add(new PagePlan("404.html", "404.ftlh", "site.yaml", null,
        () -> base("404", label("notFound"), label("notFoundDescription"), "404.html",
            new Meta("website", fallbackImage, null, null, List.of()))));
    return plans;
  }

  /** The page of story {@code s}. */
  public PagePlan articlePage(Story s) {
    return new PagePlan(s.path(), "article.ftlh", s.article().source(), s.article().lastModified(),
        () -> article(s));
  }

  /** The feeds of the whole site, of each section and of each author. */
  public List<FeedSpec> feeds() {
    List<FeedSpec> feeds = new ArrayList<>();
    feeds.add(siteFeed());
    site.sections().forEach(s -> feeds.add(sectionFeed(s)));
    if (site.config().feeds().topics()) {
      site.tags().values().forEach(t -> feeds.add(tagFeed(t)));
    }
    site.authors().values().forEach(a -> feeds.add(authorFeed(a)));
    return feeds;
  }

  private FeedSpec siteFeed() {
    return new FeedSpec(site.config().title(), site.config().description(), "", "",
        limit(site.stories()), "site.yaml");
  }

  private FeedSpec sectionFeed(Section s) {
    return new FeedSpec(s.title() + " – " + site.config().title(),
        s.description().isEmpty() ? site.config().description() : s.description(),
        Permalinks.section(s.key()), Permalinks.section(s.key()), limit(s.stories()), "site.yaml");
  }

  private FeedSpec tagFeed(Tag t) {
    return new FeedSpec(t.name() + " – " + site.config().title(), about(t),
        Permalinks.tag(t.slug()), Permalinks.tag(t.slug()), limit(t.stories()), origin(t));
  }

  /** What a topic's page and feeds say it is: its description from site.yaml, else the label's. */
  private String about(Tag t) {
    return t.description().isEmpty() ? label("tagDescription", "tag", t.name()) : t.description();
  }

  /** The file a topic's page and feeds are traced to: its oldest story's. */
  private static String origin(Tag t) {
    return t.stories().get(t.stories().size() - 1).article().source();
  }

  private FeedSpec authorFeed(Author a) {
    return new FeedSpec(a.name() + " – " + site.config().title(),
        label("authorDescription", "name", a.name()),
        Permalinks.author(a.id()), Permalinks.author(a.id()), limit(a.stories()),
        a.profile() != null ? a.profile().source() : "site.yaml");
  }

  private List<Story> limit(List<Story> stories) {
    return stories.subList(0, Math.min(stories.size(), site.config().feeds().items()));
  }

  /** The latest time one of {@code stories} changed (the first of equals), or null. */
  private ZonedDateTime newest(List<Story> stories) {
    Modified newest = null;
    for (Story s : stories) {
      Modified t = modified.get(s);
      if (t == null) {
        t = Modified.of(s.article().lastModified());
        modified.put(s, t);
      }
      if (newest == null || t.after(newest)) {
        newest = t;
      }
    }
    return newest == null ? null : newest.time();
  }

  private void paginate(List<PagePlan> plans, String base, String template, String origin,
      List<Story> stories, String title, String description, String kind, String key,
      Map<String, Object> subject, List<Crumb> trail, List<FeedSpec> feeds) {
    for (Paginator.Page<Story> page : Paginator.paginate(stories, site.config().pageSize())) {
      String path = Permalinks.page(base, page.number());
      String pageTitle = page.number() == 1 ? title
          : labels.text("pagedTitle", Map.of("title", title, "number", page.number()));
      List<Crumb> crumbs = new ArrayList<>(trail);
      if (page.number() > 1) {
        crumbs.add(new Crumb(label("page", "number", String.valueOf(page.number())), path));
      }
      Meta meta = new Meta("website", fallbackImage, null,
          () -> jsonLd.collection(pageTitle, description, path, crumbs), feeds);
      plans.add(new PagePlan(path, template, origin, newest(page.items()), () -> {
        Map<String, Object> m = base(kind, pageTitle, description, path, meta);
        m.put(key, subject);
        m.put("stories", views.stories(page.items()));
        m.put("pagination", views.pagination(base, page));
        return m;
      }));
    }
  }

  private Map<String, Object> base(String kind, String title, String description, String path,
      Meta meta) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("site", views.site());
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("kind", kind);
    page.put("title", title);
    page.put("description", description == null || description.isEmpty()
        ? site.config().description() : description);
    page.put("path", path);
    page.put("url", views.url(path));
    page.put("absUrl", views.absUrl(path));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", meta.type());
    m.put("image", meta.image());
    m.put("imageAlt", meta.imageAlt());
    // Made only when the page is rendered. Everything it is made from (the page's story, title,
    // path and trail, the site and its settings) is in the page's data too, so it needs no key
    // of its own for fingerprints.
    m.put("jsonLd", meta.jsonLd() == null ? null : new LazyHtml("json-ld", meta.jsonLd()));
    m.put("feeds", feedLinks(meta.feeds()));
    page.put("meta", m);
    root.put("page", page);
    return root;
  }

  /** The links to the site's feeds and to {@code own}, one list for all pages that show them. */
  private List<Object> feedLinks(List<FeedSpec> own) {
    StringBuilder key = new StringBuilder("feeds");
    own.forEach(f -> key.append(' ').append(f.base()));
    return feedLinks.computeIfAbsent(key.toString(), k -> {
      List<Map<String, Object>> feeds = new ArrayList<>();
      List<FeedSpec> all = new ArrayList<>();
      all.add(siteFeed());
      all.addAll(own);
      for (FeedSpec f : all) {
        feeds.add(feedLink(f.title(), "application/rss+xml", f.base() + FeedSpec.RSS));
        feeds.add(feedLink(f.title(), "application/atom+xml", f.base() + FeedSpec.ATOM));
        feeds.add(feedLink(f.title(), "application/feed+json", f.base() + FeedSpec.JSON));
      }
      return new Views.SharedList(k, feeds);
    });
  }

  private Map<String, Object> feedLink(String title, String type, String path) {
    return OrderedMaps.of("title", title, "type", type, "url", views.absUrl(path));
  }

  private Map<String, Object> home() {
    Map<String, Object> m = base("home", site.config().title(), site.config().description(), "",
        new Meta("website", fallbackImage, null, jsonLd::website, List.of()));
    Map<String, Object> home = new LinkedHashMap<>();
    home.put("lead", site.home().lead() == null ? null : views.lazyStory(site.home().lead()));
    home.put("top", views.stories(site.home().top()));
    List<Map<String, Object>> blocks = new ArrayList<>();
    site.home().bySection().forEach((key, list) -> blocks.add(
        OrderedMaps.of("section", views.sectionRef(site.section(key)), "stories", views.stories(list))));
    home.put("sections", blocks);
    home.put("latest", views.stories(site.home().latest()));
    m.put("home", home);
    return m;
  }

  private Map<String, Object> article(Story s) {
    var a = s.article();
    String imageAlt = a.image() != null && a.image().exists() ? a.image().alt() : null;
    Map<String, Object> m = base("article", a.title(), a.dek() != null ? a.dek() : a.summary(),
        s.path(), new Meta("article", jsonLd.imageOf(s), imageAlt, () -> jsonLd.article(s),
            List.of(sectionFeed(site.section(a.section())))));
    m.put("article", views.lazyStory(s));
    m.put("related", views.stories(site.related().getOrDefault(s.path(), List.of())));
    Story prev = site.previous().get(s.path());
    Story next = site.next().get(s.path());
    m.put("previous", prev == null ? null : views.lazyStory(prev));
    m.put("next", next == null ? null : views.lazyStory(next));
    return m;
  }

  private String label(String key) {
    return labels.text(key, Map.of());
  }

  private String label(String key, String name, String value) {
    return labels.text(key, Map.of(name, value));
  }

  private Map<String, Object> listPage(String kind, String title, String description, String path) {
    return base(kind, title, description, path, new Meta("website", fallbackImage, null,
        () -> jsonLd.collection(title, description, path, List.of(new Crumb(title, path))),
        List.of()));
  }

  private Map<String, Object> tagIndex() {
    Map<String, Object> m = listPage("tags", label("topics"), label("topicsDescription"),
        Permalinks.tags());
    List<Tag> tags = new ArrayList<>(site.tags().values());
    tags.sort(Comparator.comparingInt((Tag t) -> -t.stories().size())
        .thenComparing(t -> t.name().toLowerCase(Locale.ROOT)).thenComparing(Tag::slug));
    m.put("tags", tags.stream().map(views::tagRef).toList());
    return m;
  }

  private Map<String, Object> authorIndex() {
    Map<String, Object> m = listPage("authors", label("authors"),
        label("authorsDescription", "site", site.config().title()), Permalinks.authors());
    List<Author> authors = new ArrayList<>(site.authors().values());
    authors.sort(Comparator.comparing((Author a) -> a.name().toLowerCase(Locale.ROOT))
        .thenComparing(Author::id));
    m.put("authors", authors.stream().map(views::authorRef).toList());
    return m;
  }

  private Map<String, Object> archiveIndex() {
    Map<String, Object> m = listPage("archive", label("archive"), label("archiveDescription"),
        Permalinks.archive());
    List<Map<String, Object>> years = new ArrayList<>();
    for (ArchiveYear y : site.archive()) {
      List<Map<String, Object>> months = new ArrayList<>();
      for (ArchiveMonth mo : y.months()) {
        months.add(OrderedMaps.of("month", mo.month(), "name", views.month(mo.year(), mo.month()),
            "title", views.monthYear(mo.year(), mo.month()), "count", mo.stories().size(),
            "url", views.url(Permalinks.archiveMonth(mo.year(), mo.month()))));
      }
      years.add(OrderedMaps.of("year", y.year(), "count", y.stories().size(),
          "url", views.url(Permalinks.archiveYear(y.year())), "months", months));
    }
    m.put("years", years);
    return m;
  }

  private Map<String, Object> period(int year, int month, String title) {
    Map<String, Object> m = new Views.SharedMap("period " + year + " " + month);
    m.put("title", title);
    m.put("year", year);
    m.put("month", month == 0 ? null : month);
    m.put("url", views.url(month == 0 ? Permalinks.archiveYear(year)
        : Permalinks.archiveMonth(year, month)));
    m.put("yearUrl", views.url(Permalinks.archiveYear(year)));
    return m;
  }
}
