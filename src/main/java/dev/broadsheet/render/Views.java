package dev.broadsheet.render;

import dev.broadsheet.util.OrderedMaps;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Author;
import dev.broadsheet.model.BodyLinks;
import dev.broadsheet.model.AuthorProfile;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.ImageInfo;
import dev.broadsheet.model.Paginator;
import dev.broadsheet.model.Permalinks;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Site;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.Tag;
import dev.broadsheet.syndication.Urls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What templates see: plain maps and lists built from the model, documented key by key in
 * docs/templates.md. A story's view is built once and shared by the pages that list it (on a
 * large site, by those rendered near each other).
 */
public final class Views {
  private final Site site;
  private final SiteConfig config;
  private final DateViews dates;
  private final Urls urls;
  private final Map<String, Object> siteView;
  /**
   * Story views by path, at most {@link #KEPT_VIEWS} of them: on a large site they would not all
   * fit in memory, so past that many the lot is dropped and views are built again as needed.
   */
  private final Map<String, Map<String, Object>> storyViews = new ConcurrentHashMap<>();

  private static final int KEPT_VIEWS = 16_384;

  public Views(Site site) {
    this.site = site;
    this.config = site.config();
    this.dates = new DateViews(config.locale());
    this.urls = new Urls(config.baseUrl(), config.basePath());
    this.siteView = siteView();
  }

  public Map<String, Object> site() {
    return siteView;
  }

  /** The site model these views are made from. */
  Site model() {
    return site;
  }

  /** The URL of site path {@code path}, from the server root ({@code /world/}). */
  public String url(String path) {
    return config.basePath() + path;
  }

  /** The absolute URL of site path {@code path}. */
  public String absUrl(String path) {
    return urls.absolute(path);
  }

  private Map<String, Object> siteView() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", config.title());
    m.put("description", config.description());
    m.put("baseUrl", config.baseUrl());
    m.put("basePath", config.basePath());
    m.put("url", url(""));
    m.put("language", config.language());
    m.put("direction", config.direction());
    m.put("ogLocale", config.ogLocale());
    m.put("pluralForms", dev.broadsheet.config.PluralRules.of(config.language()).forms());
    m.put("timeZone", config.timeZone().getId());
    Map<String, Object> publisher = new LinkedHashMap<>();
    publisher.put("name", config.publisher().name());
    if (config.publisher().logo() != null) {
      publisher.put("logo", url(config.publisher().logo()));
    }
    m.put("publisher", publisher);
    List<Map<String, Object>> nav = new ArrayList<>();
    for (Section s : site.sections()) {
      nav.add(sectionRef(s));
    }
    m.put("sections", nav);
    m.put("extra", config.extra());
    m.put("articleCount", site.stories().size());
    m.put("now", dates.of(site.now()));
    m.put("updated", site.stories().isEmpty() ? null
        : dates.of(site.stories().stream().map(s -> s.article().lastModified())
            .max(java.util.Comparator.naturalOrder()).orElseThrow()));
    m.put("year", site.stories().isEmpty() ? site.now().getYear()
        : site.stories().get(0).article().date().getYear());
    return m;
  }

  /** Section, author and tag references by key: the same few are shown by every story. */
  private final Map<String, Map<String, Object>> refs = new ConcurrentHashMap<>();

  Map<String, Object> sectionRef(Section s) {
    return refs.computeIfAbsent("section " + s.key(), k -> buildSectionRef(k, s));
  }

  private Map<String, Object> buildSectionRef(String key, Section s) {
    Map<String, Object> m = new SharedMap(key);
    m.put("key", s.key());
    m.put("title", s.title());
    m.put("description", s.description());
    m.put("url", url(Permalinks.section(s.key())));
    m.put("absUrl", absUrl(Permalinks.section(s.key())));
    m.put("declared", s.declared());
    m.put("count", s.stories().size());
    return m;
  }

  /** A story as cards, lists and the article page see it. */
  public Map<String, Object> story(Story s) {
    Map<String, Object> view = storyViews.get(s.path());
    if (view == null) {
      if (storyViews.size() >= KEPT_VIEWS) {
        storyViews.clear();
      }
      view = buildStory(s);
      storyViews.put(s.path(), view);
    }
    return view;
  }

  /** Makes the view of {@code s} anew, for a story whose article changed since it was made. */
  public void refresh(Story s) {
    storyViews.put(s.path(), buildStory(s));
  }

  /**
   * The view of {@code s} for a page's data, made when a template first reads it: a page that an
   * incremental build finds unchanged is fingerprinted from the story alone.
   */
  public Map<String, Object> lazyStory(Story s) {
    return new StoryView(this, s);
  }

  /** The views of {@code list}, each made when a template first reads it (see lazyStory). */
  public List<Map<String, Object>> stories(List<Story> list) {
    return new StoryList(this, list);
  }

  /**
   * What the view of {@code s} is made from besides its article and the site's settings (its URL
   * and its section, author and tag references, whose counts change as other stories come and
   * go): with the article, everything {@link #buildStory} reads. Keep the two in step.
   */
  List<Object> storyInputs(Story s) {
    List<Object> inputs = new ArrayList<>();
    inputs.add(s.path());
    inputs.add(s.readingMinutes());
    inputs.add(sectionRef(site.section(s.article().section())));
    for (String id : s.authorIds()) {
      inputs.add(authorRef(site.authors().get(id)));
    }
    inputs.add("tags");
    for (String slug : s.tagSlugs()) {
      inputs.add(tagRef(site.tags().get(slug)));
    }
    inputs.add(bodyKey(s));
    inputs.add(breakingNow(s));
    return inputs;
  }

  /** Whether {@code s} is labelled breaking news in this build: marked so, and not for too long. */
  private boolean breakingNow(Story s) {
    java.time.ZonedDateTime until = s.article().breakingUntil(config.breakingHours());
    return until != null && site.now().isBefore(until);
  }

  /** A story's view made on first use; to templates, the view itself (see Templates). */
  static final class StoryView extends java.util.AbstractMap<String, Object> {
    private final Views views;
    private final Story story;

    StoryView(Views views, Story story) {
      this.views = views;
      this.story = story;
    }

    Story story() {
      return story;
    }

    Map<String, Object> view() {
      return views.story(story);
    }

    @Override
    public Object get(Object key) {
      return view().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return view().containsKey(key);
    }

    @Override
    public int size() {
      return view().size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return view().entrySet();
    }
  }

  /** Stories whose views are made on first use. */
  static final class StoryList extends java.util.AbstractList<Map<String, Object>>
      implements java.util.RandomAccess {
    private final Views views;
    private final List<Story> stories;

    StoryList(Views views, List<Story> stories) {
      this.views = views;
      this.stories = stories;
    }

    List<Story> stories() {
      return stories;
    }

    @Override
    public Map<String, Object> get(int index) {
      return views.story(stories.get(index));
    }

    @Override
    public int size() {
      return stories.size();
    }
  }

  /**
   * Data that many pages of one build show, named by a key that stands for its content within
   * the build (two values with one key are equal), so that fingerprints hash it once.
   */
  interface Shared {
    String sharedKey();
  }

  /** A map like any other to templates, marked as {@link Shared}. */
  static class SharedMap extends LinkedHashMap<String, Object> implements Shared {
    private static final long serialVersionUID = 1L;
    private final String key;

    SharedMap(String key) {
      this.key = key;
    }

    SharedMap(String key, Map<String, Object> content) {
      super(content);
      this.key = key;
    }

    @Override
    public String sharedKey() {
      return key;
    }
  }

  /** A story's view: a map like any other to templates, and the story to fingerprints. */
  static final class StoryMap extends SharedMap {
    private static final long serialVersionUID = 1L;
    private final transient Story story;

    StoryMap(Story story) {
      super("story " + story.path());
      this.story = story;
    }

    Story story() {
      return story;
    }
  }

  /** A list like any other to templates, marked as {@link Shared}. */
  static final class SharedList extends ArrayList<Object> implements Shared {
    private static final long serialVersionUID = 1L;
    private final String key;

    SharedList(String key, List<?> content) {
      super(content);
      this.key = key;
    }

    @Override
    public String sharedKey() {
      return key;
    }
  }

  /** Made from the story's article and {@link #storyInputs}, and nothing else. */
  private Map<String, Object> buildStory(Story s) {
    Article a = s.article();
    Map<String, Object> m = new StoryMap(s);
    m.put("title", a.title());
    m.put("dek", a.dek());
    m.put("summary", a.summary());
    m.put("url", url(s.path()));
    m.put("absUrl", absUrl(s.path()));
    m.put("path", s.path());
    m.put("source", a.source());
    m.put("date", dates.of(a.date()));
    m.put("updated", a.updated() != null && a.updated().isAfter(a.date()) ? dates.of(a.updated()) : null);
    m.put("modified", dates.of(a.lastModified()));
    Section section = site.section(a.section());
    m.put("section", sectionRef(section));
    List<Map<String, Object>> authors = new ArrayList<>();
    for (String id : s.authorIds()) {
      Author author = site.authors().get(id);
      authors.add(authorRef(author));
    }
    m.put("authors", authors);
    m.put("credit", a.credit());
    m.put("location", a.location());
    if (a.image() != null) {
      Map<String, Object> img = new LinkedHashMap<>();
      img.put("src", a.image().src());
      img.put("url", a.image().url());
      img.put("absUrl", urls.image(a.image().url()));
      img.put("alt", a.image().alt() == null ? "" : a.image().alt());
      img.put("caption", a.image().caption());
      img.put("credit", a.image().credit());
      img.put("exists", a.image().exists());
      ImageInfo info = a.image().info();
      boolean sized = info != null && info.width() > 0 && info.height() > 0;
      img.put("width", sized ? info.width() : null);
      img.put("height", sized ? info.height() : null);
      img.put("srcset", info != null && info.responsive() ? info.srcset(config.basePath()) : null);
      m.put("image", img);
    } else {
      m.put("image", null);
    }
    List<Map<String, Object>> tags = new ArrayList<>();
    for (String slug : s.tagSlugs()) {
      tags.add(tagRef(site.tags().get(slug)));
    }
    m.put("tags", tags);
    m.put("featured", a.featured());
    m.put("live", a.live());
    m.put("breaking", breakingNow(s));
    List<Map<String, Object>> updates = new ArrayList<>();
    for (dev.broadsheet.model.LiveUpdate u : a.updates()) {
      updates.add(OrderedMaps.of("date", dates.of(u.time()), "headline", u.headline(),
          "url", url(s.path()) + "#" + u.anchor()));
    }
    m.put("liveUpdates", updates);
    m.put("draft", a.draft());
    m.put("wordCount", a.wordCount());
    m.put("readingMinutes", s.readingMinutes());
    List<Map<String, Object>> corrections = new ArrayList<>();
    for (Correction c : a.corrections()) {
      corrections.add(OrderedMaps.of("date", dates.of(c.date()), "text", c.text()));
    }
    m.put("corrections", corrections);
    m.put("body", new LazyHtml(bodyKey(s), () -> {
      String html = BodyLinks.resolve(a.bodyHtml(), site);
      return a.live() ? dev.broadsheet.parse.LiveUpdates.mark(html, a.updates()) : html;
    }));
    m.put("extra", a.extra());
    return m;
  }

  /**
   * What an article's body on a page depends on: its HTML, and the URLs of the articles it links
   * to, which the links are given when the page is made.
   */
  private String bodyKey(Story s) {
    StringBuilder key = new StringBuilder(s.article().body().hash());
    for (var link : s.article().links()) {
      key.append(' ').append(site.pathsBySource().get(link.target()));
    }
    return key.toString();
  }

  Map<String, Object> authorRef(Author author) {
    return refs.computeIfAbsent("author " + author.id(), k -> buildAuthorRef(k, author));
  }

  private Map<String, Object> buildAuthorRef(String key, Author author) {
    Map<String, Object> m = new SharedMap(key);
    m.put("id", author.id());
    m.put("name", author.name());
    m.put("url", url(Permalinks.author(author.id())));
    m.put("absUrl", absUrl(Permalinks.author(author.id())));
    AuthorProfile p = author.profile();
    m.put("role", p == null ? null : p.role());
    m.put("bio", p == null ? null : p.bio());
    m.put("photo", p == null ? null : p.photo());
    m.put("photoSrcset", p == null ? "" : p.photoSrcset());
    m.put("links", p == null ? Map.of() : p.links());
    m.put("hasProfile", p != null);
    m.put("count", author.stories().size());
    return m;
  }

  Map<String, Object> tagRef(Tag tag) {
    return refs.computeIfAbsent("tag " + tag.slug(), k -> buildTagRef(k, tag));
  }

  private Map<String, Object> buildTagRef(String key, Tag tag) {
    Map<String, Object> m = new SharedMap(key);
    m.put("name", tag.name());
    m.put("description", tag.description());
    m.put("slug", tag.slug());
    m.put("url", url(Permalinks.tag(tag.slug())));
    m.put("count", tag.stories().size());
    return m;
  }

  /** Numbered links for page {@code page} of a list at {@code base}, with gaps (null) in long runs. */
  Map<String, Object> pagination(String base, Paginator.Page<?> page) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", page.number());
    m.put("count", page.count());
    m.put("previousUrl", page.hasPrevious() ? url(Permalinks.page(base, page.number() - 1)) : null);
    m.put("nextUrl", page.hasNext() ? url(Permalinks.page(base, page.number() + 1)) : null);
    List<Map<String, Object>> links = new ArrayList<>();
    int last = 0;
    for (int n = 1; n <= page.count(); n++) {
      boolean near = Math.abs(n - page.number()) <= 2 || n == 1 || n == page.count();
      if (!near) {
        continue;
      }
      if (n > last + 1) {
        links.add(OrderedMaps.of("gap", true));
      }
      links.add(OrderedMaps.of("number", n, "url", url(Permalinks.page(base, n)),
          "current", n == page.number(), "gap", false));
      last = n;
    }
    m.put("pages", links);
    return m;
  }

  String monthYear(int year, int month) {
    return dates.monthYear(year, month);
  }

  String month(int year, int month) {
    return dates.month(year, month);
  }
}
