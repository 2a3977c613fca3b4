package dev.broadsheet.render;

import dev.broadsheet.model.ArchiveMonth;
import dev.broadsheet.model.ArchiveYear;
import dev.broadsheet.model.Author;
import dev.broadsheet.model.Paginator;
import dev.broadsheet.model.Permalinks;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Site;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which pages exist and what each one shows: home, articles, section fronts, tags,
 * authors, date archives and the 404 page. Lists are paginated with the site's page size.
 */
public final class PagePlanner {
  private final Site site;
  private final Views views;

  public PagePlanner(Site site, Views views) {
    this.site = site;
    this.views = views;
  }

  public List<PagePlan> plan() {
    List<PagePlan> plans = new ArrayList<>();
    plans.add(new PagePlan("", "home.ftlh", "site.yaml", this::home));
    for (Story s : site.stories()) {
      plans.add(new PagePlan(s.path(), "article.ftlh", s.article().source(), () -> article(s)));
    }
    for (Section section : site.sections()) {
      String origin = section.declared() || section.stories().isEmpty()
          ? "site.yaml" : section.stories().get(section.stories().size() - 1).article().source();
      Map<String, Object> ref = views.sectionRef(section);
      paginate(plans, Permalinks.section(section.key()), "section.ftlh", origin, section.stories(),
          section.title(), section.description(), "section", "section", ref);
    }
    plans.add(new PagePlan(Permalinks.tags(), "tags.ftlh", "site.yaml", this::tagIndex));
    for (Tag tag : site.tags().values()) {
      String origin = tag.stories().get(tag.stories().size() - 1).article().source();
      paginate(plans, Permalinks.tag(tag.slug()), "tag.ftlh", origin, tag.stories(),
          tag.name(), "Articles tagged " + tag.name(), "tag", "tag", views.tagRef(tag));
    }
    plans.add(new PagePlan(Permalinks.authors(), "authors.ftlh", "site.yaml", this::authorIndex));
    for (Author author : site.authors().values()) {
      String origin = author.profile() != null ? author.profile().source()
          : author.stories().get(author.stories().size() - 1).article().source();
      String about = author.profile() != null && author.profile().bio() != null
          ? author.profile().bio() : "Articles by " + author.name();
      paginate(plans, Permalinks.author(author.id()), "author.ftlh", origin, author.stories(),
          author.name(), about, "author", "author", views.authorRef(author));
    }
    plans.add(new PagePlan(Permalinks.archive(), "archive.ftlh", "site.yaml", this::archiveIndex));
    for (ArchiveYear year : site.archive()) {
      String title = String.valueOf(year.year());
      paginate(plans, Permalinks.archiveYear(year.year()), "archive-period.ftlh", "site.yaml",
          year.stories(), title, "Articles published in " + title, "archive-period", "period",
          period(year.year(), 0, title));
      for (ArchiveMonth month : year.months()) {
        String name = views.monthYear(month.year(), month.month());
        paginate(plans, Permalinks.archiveMonth(month.year(), month.month()), "archive-period.ftlh",
            "site.yaml", month.stories(), name, "Articles published in " + name, "archive-period",
            "period", period(month.year(), month.month(), name));
      }
    }
    plans.add(new PagePlan("404.html", "404.ftlh", "site.yaml",
        () -> base("404", "Page not found", "The page you asked for is not here.", "404.html")));
    return plans;
  }

  private void paginate(List<PagePlan> plans, String base, String template, String origin,
      List<Story> stories, String title, String description, String kind, String key,
      Map<String, Object> subject) {
    for (Paginator.Page<Story> page : Paginator.paginate(stories, site.config().pageSize())) {
      String path = Permalinks.page(base, page.number());
      String pageTitle = page.number() == 1 ? title : title + " (page " + page.number() + ")";
      plans.add(new PagePlan(path, template, origin, () -> {
        Map<String, Object> m = base(kind, pageTitle, description, path);
        m.put(key, subject);
        m.put("stories", views.stories(page.items()));
        m.put("pagination", views.pagination(base, page));
        return m;
      }));
    }
  }

  private Map<String, Object> base(String kind, String title, String description, String path) {
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
    root.put("page", page);
    return root;
  }

  private Map<String, Object> home() {
    Map<String, Object> m = base("home", site.config().title(), site.config().description(), "");
    Map<String, Object> home = new LinkedHashMap<>();
    home.put("lead", site.home().lead() == null ? null : views.story(site.home().lead()));
    home.put("top", views.stories(site.home().top()));
    List<Map<String, Object>> blocks = new ArrayList<>();
    site.home().bySection().forEach((key, list) -> blocks.add(
        Map.of("section", views.sectionRef(site.section(key)), "stories", views.stories(list))));
    home.put("sections", blocks);
    home.put("latest", views.stories(site.home().latest()));
    m.put("home", home);
    return m;
  }

  private Map<String, Object> article(Story s) {
    Map<String, Object> m = base("article", s.article().title(),
        s.article().dek() != null ? s.article().dek() : s.article().summary(), s.path());
    m.put("article", views.story(s));
    m.put("related", views.stories(site.related().getOrDefault(s.path(), List.of())));
    Story prev = site.previous().get(s.path());
    Story next = site.next().get(s.path());
    m.put("previous", prev == null ? null : views.story(prev));
    m.put("next", next == null ? null : views.story(next));
    return m;
  }

  private Map<String, Object> tagIndex() {
    Map<String, Object> m = base("tags", "Topics", "Every topic we cover.", Permalinks.tags());
    List<Tag> tags = new ArrayList<>(site.tags().values());
    tags.sort(Comparator.comparingInt((Tag t) -> -t.stories().size())
        .thenComparing(t -> t.name().toLowerCase(Locale.ROOT)).thenComparing(Tag::slug));
    m.put("tags", tags.stream().map(views::tagRef).toList());
    return m;
  }

  private Map<String, Object> authorIndex() {
    Map<String, Object> m = base("authors", "Authors", "The people who write for "
        + site.config().title() + ".", Permalinks.authors());
    List<Author> authors = new ArrayList<>(site.authors().values());
    authors.sort(Comparator.comparing((Author a) -> a.name().toLowerCase(Locale.ROOT))
        .thenComparing(Author::id));
    m.put("authors", authors.stream().map(views::authorRef).toList());
    return m;
  }

  private Map<String, Object> archiveIndex() {
    Map<String, Object> m = base("archive", "Archive", "Every article, by year and month.",
        Permalinks.archive());
    List<Map<String, Object>> years = new ArrayList<>();
    for (ArchiveYear y : site.archive()) {
      List<Map<String, Object>> months = new ArrayList<>();
      for (ArchiveMonth mo : y.months()) {
        months.add(Map.of("month", mo.month(), "name", views.month(mo.year(), mo.month()),
            "title", views.monthYear(mo.year(), mo.month()), "count", mo.stories().size(),
            "url", views.url(Permalinks.archiveMonth(mo.year(), mo.month()))));
      }
      years.add(Map.of("year", y.year(), "count", y.stories().size(),
          "url", views.url(Permalinks.archiveYear(y.year())), "months", months));
    }
    m.put("years", years);
    return m;
  }

  private Map<String, Object> period(int year, int month, String title) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", title);
    m.put("year", year);
    m.put("month", month == 0 ? null : month);
    m.put("url", views.url(month == 0 ? Permalinks.archiveYear(year)
        : Permalinks.archiveMonth(year, month)));
    m.put("yearUrl", views.url(Permalinks.archiveYear(year)));
    return m;
  }
}
