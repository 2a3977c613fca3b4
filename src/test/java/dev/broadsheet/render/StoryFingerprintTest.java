package dev.broadsheet.render;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SiteConfigLoader;
import dev.broadsheet.images.ImagePipeline;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.AuthorProfile;
import dev.broadsheet.model.BuildFilter;
import dev.broadsheet.model.Site;
import dev.broadsheet.model.SiteModelBuilder;
import dev.broadsheet.model.Story;
import dev.broadsheet.parse.ArticleParser;
import dev.broadsheet.parse.AuthorParser;
import dev.broadsheet.parse.MarkdownConverter;
import dev.broadsheet.parse.Parsed;
import dev.broadsheet.parse.UnknownKeys;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.problem.Severity;
import dev.broadsheet.source.ContentScanner;
import dev.broadsheet.source.ContentTree;
import dev.broadsheet.source.SourceFile;
import dev.broadsheet.testutil.TestSite;
import dev.broadsheet.yaml.YamlReader;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story's view is fingerprinted from what it is made from, without being made
 * ({@link Views#storyInputs}). Whenever the view of an unchanged article would come out different
 * (because the rest of the site changed around it), its fingerprint must differ too, or an
 * incremental build would keep a stale page.
 */
class StoryFingerprintTest {
  @TempDir Path dir;

  record Model(Site site, Views views, Fingerprints fingerprints) {}

  private static final String PROFILED = "content/world/profiled.md";

  private TestSite site(String name) {
    StringBuilder spec = new StringBuilder(config(""));
    for (int i = 0; i < 6; i++) {
      spec.append(article((i % 2 == 0 ? "world" : "business") + "/story-" + i + ".md",
          "title: Story " + i + "\ndate: 2024-0" + (1 + i) + "-10T10:00:00Z\ntags: [t" + (i % 3) + "]",
          "Body of story " + i + ". [Profiled](../world/profiled.md)"));
    }
    spec.append(article("world/profiled.md", "title: Profiled\ndate: 2023-01-02T10:00:00Z\n"
        + "authors: [ann-lee]\ntags: [t1, rare]", "By Ann. [Story 0](story-0.md)"));
    return TestSite.write(dir.resolve(name), spec.toString())
        .file("content/authors/ann-lee.yaml", "name: Ann Lee\nrole: Reporter\n");
  }

  @Test
  void aStoryWhoseViewChangesGetsAnotherFingerprint() throws Exception {
    List<Consumer<TestSite>> changes = List.of(
        // Another article joins its tag, its section and its author.
        s -> s.add(article("business/story-1.md", "title: Story 1\ndate: 2024-02-10T10:00:00Z\n"
            + "section: world\nauthors: [ann-lee]\ntags: [t1, rare]", "Moved.")),
        // Another article joins one of its tags alone.
        s -> s.add(article("business/story-3.md", "title: Story 3\ndate: 2024-04-10T10:00:00Z\n"
            + "tags: [t0, rare]", "Tagged.")),
        // Its author's profile changes.
        s -> s.file("content/authors/ann-lee.yaml", "name: Ann Lee\nrole: Editor\n"),
        // An article it links to moves to another address.
        s -> s.add(article("world/story-0.md", "title: Story 0\ndate: 2024-03-10T10:00:00Z\n"
            + "slug: moved\ntags: [t0]", "Body of story 0.")),
        // Its section gets a title of its own.
        s -> s.file("site.yaml", "title: Test Times\nbaseUrl: https://news.example.com/\n"
            + "sections: [{key: world, title: Abroad}]\n"));
    int changedViews = 0;
    for (int i = 0; i < changes.size(); i++) {
      Model before = model(site("before-" + i));
      TestSite after = site("after-" + i);
      changes.get(i).accept(after);
      Model later = model(after);
      Map<String, Story> laterBySource = later.site().stories().stream()
          .collect(Collectors.toMap(s -> s.article().source(), s -> s));
      for (Story s : before.site().stories()) {
        Story t = laterBySource.get(s.article().source());
        if (t == null || !plain(before.views().story(s)).equals(plain(later.views().story(t)))) {
          if (t != null) {
            changedViews++;
            assertThat(fingerprint(later, t)).as("fingerprint of %s after change %d",
                s.article().source(), i).isNotEqualTo(fingerprint(before, s));
          }
        } else {
          assertThat(fingerprint(later, t)).as("fingerprint of unchanged %s after change %d",
              s.article().source(), i).isEqualTo(fingerprint(before, s));
        }
      }
    }
    // Each change reached at least the profiled article, which is unchanged itself.
    assertThat(changedViews).isGreaterThanOrEqualTo(changes.size());
  }

  /** The fingerprint of a page showing {@code s} alone (the site's settings held equal). */
  private static String fingerprint(Model m, Story s) {
    return m.fingerprints().page("page.ftlh", Map.of("story", m.views().lazyStory(s)))
        .fingerprint();
  }

  /** A view with its lazy HTML as the key that stands for it, to compare views by content. */
  private static Object plain(Object v) {
    if (v instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, x) -> out.put(k, plain(x)));
      return out;
    }
    if (v instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>();
      c.forEach(x -> out.add(plain(x)));
      return out;
    }
    return v instanceof LazyHtml lazy ? "html " + lazy.key() : v;
  }

  /** The site model of {@code site}, as a build makes it, and fingerprints for it. */
  static Model model(TestSite site) {
    return model(site, null);
  }

  /** As above, with related stories taken from and given to {@code memo}. */
  static Model model(TestSite site, dev.broadsheet.model.RelatedMemo memo) {
    YamlReader yaml = new YamlReader();
    Problems problems = new Problems();
    SiteConfig config = new SiteConfigLoader(yaml).load(site.paths(), problems).orElseThrow();
    ContentTree tree = new ContentScanner().scan(site.paths(), problems);
    ArticleParser parser = new ArticleParser(yaml, new MarkdownConverter(config.rawHtml()), config,
        site.paths(), Severity.WARNING, new UnknownKeys(),
        new ImagePipeline(config.images(), site.paths().imageCache(), false));
    List<Article> articles = new ArrayList<>();
    Map<String, String> keys = new HashMap<>();
    Set<String> sources = new java.util.HashSet<>();
    for (SourceFile source : tree.articles()) {
      sources.add(source.path());
      Parsed p = parser.parse(source);
      if (p.article() != null) {
        articles.add(p.article());
        keys.put(p.article().source(), p.articleKey());
      }
    }
    AuthorParser authors = new AuthorParser(yaml, config.basePath(),
        dev.broadsheet.parse.ImageFiles.onDisk(site.paths()),
        new ImagePipeline(config.images(), site.paths().imageCache(), false), Severity.WARNING);
    List<AuthorProfile> profiles = tree.authors().stream()
        .map(s -> authors.parse(s, problems)).flatMap(java.util.Optional::stream).toList();
    Site model = new SiteModelBuilder(config).relatedFrom(memo).build(articles, sources, profiles,
        new BuildFilter(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), false, false),
        problems);
    assertThat(problems.hasErrors()).as(problems.toString()).isFalse();
    Views views = new Views(model);
    return new Model(model, views, new Fingerprints(views, "settings", keys));
  }
}
