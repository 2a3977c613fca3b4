package dev.broadsheet.model;

import dev.broadsheet.config.SectionConfig;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.TopicConfig;
import dev.broadsheet.problem.Problems;
import java.time.ZonedDateTime;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Shapes the site from its config, articles and author profiles: decides what is published, gives
 * each story its URL, and groups stories into sections, tags, authors and archives. Plain Java, no
 * I/O; every ordering has an explicit tie-break, so the same input always gives the same site.
 */
public final class SiteModelBuilder {
  /** A story with its time taken apart once, for sorting. */
  private record Timed(long second, int nano, Story story) {}

  /** Sorts {@code stories} newest first; among equal times, by source path. */
  private static void sortNewestFirst(List<Story> stories) {
    List<Timed> timed = new ArrayList<>(stories.size());
    for (Story s : stories) {
      ZonedDateTime d = s.article().date();
      timed.add(new Timed(d.toEpochSecond(), d.getNano(), s));
    }
    timed.sort((x, y) -> {
      int byTime = Long.compare(y.second(), x.second());
      if (byTime == 0) {
        byTime = Integer.compare(y.nano(), x.nano());
      }
      return byTime != 0 ? byTime
          : x.story().article().source().compareTo(y.story().article().source());
    });
    for (int i = 0; i < timed.size(); i++) {
      stories.set(i, timed.get(i).story());
    }
  }

  private final SiteConfig config;
  /** Tag and author slugs as the site's language spells them. */
  private final java.util.function.UnaryOperator<String> slugify;
  private RelatedMemo related;

  public SiteModelBuilder(SiteConfig config) {
    this.config = config;
    this.slugify = Slugs.forLanguage(config.language());
  }

  /** Takes related stories from {@code memo} when it has them for the same stories (null: none). */
  public SiteModelBuilder relatedFrom(RelatedMemo memo) {
    this.related = memo;
    return this;
  }

  /**
   * {@code knownSources} are the paths of every article and author-profile file found, published
   * or not and with errors or not, so a link to one of them is not mistaken for a link to
   * nothing, nor a profile that failed for one that does not exist.
   */
  public Site build(List<Article> articles, Set<String> knownSources, List<AuthorProfile> profiles,
      BuildFilter filter, Problems problems) {
    Map<String, AuthorProfile> profileById = new LinkedHashMap<>();
    profiles.forEach(p -> profileById.put(p.id(), p));
    Map<String, String> idByName = new HashMap<>();
    profiles.forEach(p -> idByName.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p.id()));

    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(Article::source));
    List<Story> stories = new ArrayList<>();
    Map<String, String> plainNames = new TreeMap<>();
    Map<String, Article> byPath = new HashMap<>();
    Set<String> warnedIds = new HashSet<>();
    Map<String, String> slugs = new HashMap<>();
    Map<String, String> tagNames = new HashMap<>();
    Map<String, String> tagNamedIn = new HashMap<>();
    Set<String> warnedTags = new HashSet<>();
    ZonedDateTime nextDue = null;
    Topics topics = new Topics(config.topics(), slugify);
    for (Article a : sorted) {
      topics.seen(a.tags());
      if (!filter.publishes(a)) {
        if ((filter.drafts() || !a.draft()) && filter.isScheduled(a)) {
          ZonedDateTime due = BuildFilter.dueAt(a);
          nextDue = nextDue == null || due.isBefore(nextDue) ? due : nextDue;
          if (due.isAfter(filter.now().plusYears(1))) {
            // A news story held for more than a year is most likely a mistyped year.
            String key = due.equals(a.date()) ? "date" : "embargo";
            problems.warning(a.source(), a.lineOf(key), 1, "this article is held until "
                + due.toOffsetDateTime() + ", more than a year from now ('" + key + ":'); if the"
                + " year is mistyped, correct it");
          }
        }
        continue;
      }
      List<String> ids = new ArrayList<>();
      for (String name : a.authors()) {
        String id = profileById.containsKey(name) ? name : idByName.get(name.toLowerCase(Locale.ROOT));
        if (id == null) {
          id = slugs.computeIfAbsent(name, slugify);
          plainNames.putIfAbsent(id, name);
          if (Slugs.looksLikeProfileId(name)
              && !knownSources.contains("content/authors/" + name + ".yaml")
              && warnedIds.add(name)) {
            problems.warning(a.source(), a.lineOf("authors"), 1,
                AuthorProfile.missing(name, profileById.keySet()));
          }
        }
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
      // One slug per tag, in the tags' order: the reader keeps only one tag per slug.
      List<String> tagSlugs = a.tags().stream()
          .map(t -> slugs.computeIfAbsent(t, topics::slug)).toList();
      String path = Permalinks.article(config.permalink(), a, ids);
      Article clash = byPath.putIfAbsent(path, a);
      if (clash != null) {
        problems.error(a.source(), a.lineOf("slug"), 1, "this article's URL /" + path
            + " is already taken by " + clash.source() + "; give one of them another 'slug:'");
        continue;
      }
      stories.add(new Story(a, path, readingMinutes(a), List.copyOf(ids), tagSlugs));
      // A breaking label ends with a build after its time: that build is due then.
      ZonedDateTime breakingEnds = a.breakingUntil(config.breakingHours());
      if (breakingEnds != null && breakingEnds.isAfter(filter.now())
          && (nextDue == null || breakingEnds.isBefore(nextDue))) {
        nextDue = breakingEnds;
      }
      // A tag is named as the first article by source path that has it writes it. A name
      // that shares its slug but is written otherwise (not only in case or accents) is
      // probably another topic, merged without the newsroom meaning to: say so, once a name.
      for (int i = 0; i < tagSlugs.size(); i++) {
        String slug = tagSlugs.get(i);
        String name = a.tags().get(i);
        String named = tagNames.putIfAbsent(slug, name);
        if (named == null) {
          tagNamedIn.put(slug, a.source());
        } else if (!named.equals(name) && !Slugs.writtenAlike(named, name)
            && warnedTags.add(slug + "\n" + name)) {
          problems.warning(a.source(), a.lineOf("tags"), 1, "tag '" + name + "' shares the page /"
              + Permalinks.tag(slug) + " with '" + named + "' (" + tagNamedIn.get(slug)
              + "), as both make the slug '" + slug + "', and is listed there as '" + named
              + "'; write the two alike if they are one topic, or tell them apart in letters");
        }
      }
    }
    sortNewestFirst(stories);
    Map<String, String> pathsBySource = new HashMap<>();
    Map<String, Article> published = new HashMap<>();
    for (Story s : stories) {
      pathsBySource.put(s.article().source(), s.path());
      published.put(s.article().source(), s.article());
    }
    for (Story s : stories) {
      checkLinks(s.article(), published, knownSources, problems);
    }

    List<Section> sections = sections(stories, problems);
    Map<String, List<Story>> bySection = new HashMap<>();
    sections.forEach(s -> bySection.put(s.key(), s.stories()));
    topics.reportUnused(problems);
    Map<String, Tag> tags = tags(stories, tagNames, topics);
    Map<String, Author> authors = authors(stories, profileById, plainNames);
    Map<String, Story> previous = new HashMap<>();
    Map<String, Story> next = new HashMap<>();
    for (Section s : sections) {
      List<Story> list = s.stories();
      for (int i = 0; i < list.size(); i++) {
        if (i + 1 < list.size()) {
          previous.put(list.get(i).path(), list.get(i + 1));
        }
        if (i > 0) {
          next.put(list.get(i).path(), list.get(i - 1));
        }
      }
    }
    return new Site(config, filter.now(), List.copyOf(stories), sections, tags, authors,
        archive(stories), Related.compute(stories, tags, bySection, related), previous, next,
        home(stories, sections), Map.copyOf(pathsBySource), Optional.ofNullable(nextDue));
  }

  /** How long {@code a} takes to read, in whole minutes (at least one). */
  public int readingMinutes(Article a) {
    return Math.max(1, (int) Math.ceil(a.wordCount() / (double) config.wordsPerMinute()));
  }

  /**
   * {@code story} with its article replaced by {@code edited}, if {@code site} would keep its
   * shape: the same URL, date, update, embargo, section, tags, authors, standing (featured,
   * draft), no link of the article that would be an error and no link to it that would lose its
   * anchor. The rest of the site is then as it was, but for what cards and lists show of it.
   * {@code known}: the source of every article and profile file, as for {@link #build}.
   */
  public Optional<Story> replace(Site site, Story story, Article edited, Set<String> known) {
    Article a = story.article();
    boolean sameShape = edited.source().equals(a.source())
        && Objects.equals(edited.date(), a.date()) && Objects.equals(edited.updated(), a.updated())
        && Objects.equals(edited.embargo(), a.embargo()) && edited.section().equals(a.section())
        && edited.tags().equals(a.tags()) && edited.authors().equals(a.authors())
        && Objects.equals(edited.slug(), a.slug()) && edited.featured() == a.featured()
        && edited.draft() == a.draft()
        && Permalinks.article(config.permalink(), edited, story.authorIds()).equals(story.path());
    if (!sameShape) {
      return Optional.empty();
    }
    Map<String, Article> published = new HashMap<>();
    site.stories().forEach(s -> published.put(s.article().source(), s.article()));
    published.put(edited.source(), edited);
    Problems problems = new Problems();
    checkLinks(edited, published, known, problems);
    for (Story s : site.stories()) {
      if (s.article().links().stream().anyMatch(l -> l.target().equals(edited.source()))) {
        checkLinks(s.article(), published, known, problems);
      }
    }
    return problems.hasErrors() ? Optional.empty() : Optional.of(new Story(edited, story.path(),
        readingMinutes(edited), story.authorIds(), story.tagSlugs()));
  }

  private static void checkLinks(Article a, Map<String, Article> published, Set<String> known,
      Problems problems) {
    for (ArticleLink link : a.links()) {
      Article target = published.get(link.target());
      if (target == null) {
        if (known.contains(link.target())) {
          problems.warning(a.source(), link.line(), link.column(), "link '" + link.written()
              + "' points to an article that this build does not publish (a draft, scheduled or"
              + " in error); the link is left without a target");
        } else {
          problems.error(a.source(), link.line(), link.column(), "link '" + link.written()
              + "' points nowhere: there is no article " + link.target()
              + otherForm(link.target(), published.keySet(), known));
        }
      } else if (!link.fragment().isEmpty()
          && !target.body().hasAnchor(link.fragment())) {
        problems.error(a.source(), link.line(), link.column(), "link '" + link.written()
            + "' names an anchor that " + link.target() + " does not have; its headings'"
            + " anchors are made from their text, in lower case with hyphens");
      }
    }
  }

  /**
   * A note when an article's file has the name {@code target} names, written in another Unicode
   * form: "é" as one character or as "e" and an accent (as macOS names files). The two look the
   * same but are different names to a file system and a web server.
   */
  private static String otherForm(String target, Set<String> published, Set<String> known) {
    String wanted = Normalizer.normalize(target, Normalizer.Form.NFC);
    for (Set<String> names : List.of(published, known)) {
      for (String name : names) {
        if (!name.equals(target) && Normalizer.normalize(name, Normalizer.Form.NFC).equals(wanted)) {
          return "; " + name + " has the same name with its accents written another way (as"
              + " one character, or as a letter and a mark), which is another name to a file"
              + " system; rename the file, or type the link again";
        }
      }
    }
    return "";
  }

  private List<Section> sections(List<Story> stories, Problems problems) {
    Map<String, List<Story>> grouped = new TreeMap<>();
    Map<String, Story> firstUse = new HashMap<>();
    for (Story s : stories) {
      grouped.computeIfAbsent(s.article().section(), k -> new ArrayList<>()).add(s);
      firstUse.merge(s.article().section(), s,
          (x, y) -> x.article().source().compareTo(y.article().source()) <= 0 ? x : y);
    }
    List<Section> out = new ArrayList<>();
    for (SectionConfig sc : config.sections()) {
      out.add(new Section(sc.key(), sc.title(), sc.description(), true,
          List.copyOf(grouped.getOrDefault(sc.key(), List.of()))));
    }
    grouped.forEach((key, list) -> {
      if (config.section(key).isEmpty()) {
        Article first = firstUse.get(key).article();
        String title = dev.broadsheet.config.SiteConfigLoader.titleFromKey(key);
        String meant = dev.broadsheet.util.Spelling.suggestion(key,
            config.sections().stream().map(SectionConfig::key).toList());
        problems.warning(first.source(), first.lineOf("section"), 1, "section '" + key
            + "' is not declared in site.yaml, so it is titled '" + title + "' and listed last;"
            + " add it under 'sections:' to set its title and place" + meant);
        out.add(new Section(key, title, "", false, List.copyOf(list)));
      }
    });
    return List.copyOf(out);
  }

  /**
   * The topics site.yaml declares, by the slug their names make: a tag written as one of them
   * takes its slug (if it gives one), name and description.
   */
  private static final class Topics {
    private final Map<String, TopicConfig> byNaturalSlug = new LinkedHashMap<>();
    private final Map<String, TopicConfig> bySlug = new HashMap<>();
    private final java.util.function.UnaryOperator<String> slugify;
    /** Every tag written, published or not: a few hundred names in thousands of articles. */
    private final Set<String> written = new HashSet<>();

    Topics(List<TopicConfig> topics, java.util.function.UnaryOperator<String> slugify) {
      this.slugify = slugify;
      for (TopicConfig t : topics) {
        byNaturalSlug.putIfAbsent(slugify.apply(t.name()), t);
      }
      byNaturalSlug.values().forEach(t -> bySlug.putIfAbsent(slugOf(t), t));
    }

    private String slugOf(TopicConfig t) {
      return t.slug() != null ? t.slug() : slugify.apply(t.name());
    }

    /** The slug of the tag written {@code name}. */
    String slug(String name) {
      String natural = slugify.apply(name);
      TopicConfig topic = byNaturalSlug.isEmpty() ? null : byNaturalSlug.get(natural);
      return topic == null ? natural : slugOf(topic);
    }

    /** Notes the tags of an article, published or not. */
    void seen(List<String> tags) {
      if (!byNaturalSlug.isEmpty()) {
        written.addAll(tags);
      }
    }

    /** The declared topic whose page has {@code slug}, or null. */
    TopicConfig at(String slug) {
      return bySlug.get(slug);
    }

    /** Warns of each topic that no article's tags name: most likely it is misspelt. */
    void reportUnused(Problems problems) {
      if (byNaturalSlug.isEmpty()) {
        return;
      }
      Set<String> used = new HashSet<>();
      written.forEach(name -> used.add(slugify.apply(name)));
      Set<String> names = new java.util.TreeSet<>(written);
      byNaturalSlug.forEach((natural, t) -> {
        if (!used.contains(natural)) {
          problems.warning("site.yaml", t.at().line(), t.at().column(), "topic '" + t.name()
              + "' is in no article's tags; write it as the articles do"
              + dev.broadsheet.util.Spelling.suggestion(t.name(), names));
        }
      });
    }
  }

  /** {@code names}: the name of each tag by slug, as articles write it. */
  private static Map<String, Tag> tags(List<Story> stories, Map<String, String> names,
      Topics topics) {
    Map<String, List<Story>> grouped = new HashMap<>();
    for (Story s : stories) {
      for (String slug : s.tagSlugs()) {
        grouped.computeIfAbsent(slug, k -> new ArrayList<>()).add(s);
      }
    }
    grouped = new TreeMap<>(grouped);
    Map<String, Tag> out = new LinkedHashMap<>();
    grouped.forEach((slug, list) -> {
      TopicConfig topic = topics.at(slug);
      out.put(slug, new Tag(slug, topic != null ? topic.name() : names.get(slug),
          topic != null ? topic.description() : "", List.copyOf(list)));
    });
    return out;
  }

  private static Map<String, Author> authors(List<Story> stories,
      Map<String, AuthorProfile> profiles, Map<String, String> plainNames) {
    Map<String, List<Story>> grouped = new HashMap<>();
    for (Story s : stories) {
      for (String id : s.authorIds()) {
        grouped.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
      }
    }
    Map<String, Author> out = new TreeMap<>();
    profiles.values().forEach(p -> out.put(p.id(),
        new Author(p.id(), p.name(), p, List.copyOf(grouped.getOrDefault(p.id(), List.of())))));
    plainNames.forEach((id, name) -> {
      if (!out.containsKey(id) && grouped.containsKey(id)) {
        out.put(id, new Author(id, name, null, List.copyOf(grouped.get(id))));
      }
    });
    return out;
  }

  private static List<ArchiveYear> archive(List<Story> stories) {
    Map<Integer, Map<Integer, List<Story>>> byYear = new TreeMap<>(Comparator.reverseOrder());
    for (Story s : stories) {
      ZonedDateTime d = s.article().date();
      byYear.computeIfAbsent(d.getYear(), y -> new TreeMap<>(Comparator.reverseOrder()))
          .computeIfAbsent(d.getMonthValue(), m -> new ArrayList<>()).add(s);
    }
    List<ArchiveYear> out = new ArrayList<>();
    byYear.forEach((year, months) -> {
      List<ArchiveMonth> ms = new ArrayList<>();
      List<Story> all = new ArrayList<>();
      months.forEach((month, list) -> {
        ms.add(new ArchiveMonth(year, month, List.copyOf(list)));
        all.addAll(list);
      });
      out.add(new ArchiveYear(year, List.copyOf(all), List.copyOf(ms)));
    });
    return List.copyOf(out);
  }

  private Home home(List<Story> stories, List<Section> sections) {
    if (stories.isEmpty()) {
      return new Home(null, List.of(), Map.of(), List.of());
    }
    Story lead = stories.stream().filter(s -> s.article().featured()).findFirst()
        .orElse(stories.get(0));
    Set<Story> shown = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    shown.add(lead);
    List<Story> top = stories.stream().filter(s -> !shown.contains(s))
        .limit(config.home().topStories()).toList();
    shown.addAll(top);
    Map<String, List<Story>> bySection = new LinkedHashMap<>();
    for (Section section : sections) {
      List<Story> block = section.stories().stream().filter(s -> !shown.contains(s))
          .limit(config.home().perSection()).toList();
      if (!block.isEmpty()) {
        bySection.put(section.key(), block);
      }
    }
    List<Story> latest = stories.stream().filter(s -> s != lead)
        .limit(config.home().latest()).toList();
    return new Home(lead, top, bySection, latest);
  }
}
