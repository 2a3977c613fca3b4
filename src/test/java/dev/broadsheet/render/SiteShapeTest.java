package dev.broadsheet.render;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Site;
import dev.broadsheet.model.Story;
import dev.broadsheet.testutil.TestSite;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's shape is the same from build to build while only its articles' content changes, and
 * differs when anything else pages show does. The test suite's shape check (see RenderStage)
 * proves the shortcut safe; these say when it applies.
 */
class SiteShapeTest {
  @TempDir Path dir;

  private TestSite site(String name) {
    StringBuilder spec = new StringBuilder(config("pageSize: 2"));
    for (int i = 0; i < 6; i++) {
      spec.append(article((i % 2 == 0 ? "world" : "business") + "/story-" + i + ".md",
          "title: Story " + i + "\ndate: 2024-0" + (1 + i) + "-10T10:00:00Z\ntags: [t" + (i % 3)
              + "]\n" + (i == 0 ? "authors: [ann-lee]\n" : ""), "Body of story " + i + "."));
    }
    return TestSite.write(dir.resolve(name), spec.toString())
        .file("content/authors/ann-lee.yaml", "name: Ann Lee\nrole: Reporter\n");
  }

  private String shapeAfter(String name, Consumer<TestSite> change) {
    TestSite site = site(name);
    change.accept(site);
    return SiteShape.of(StoryFingerprintTest.model(site).site());
  }

  @Test
  void aSiteBuiltAgainOrWithOtherBodiesAndHeadlinesKeepsItsShape() {
    String shape = shapeAfter("first", s -> { });

    assertThat(shape).isNotNull().isEqualTo(shapeAfter("again", s -> { }));
    assertThat(shapeAfter("edited", s -> s.add(article("world/story-2.md",
        "title: Story 2, corrected\ndate: 2024-03-10T10:00:00Z\ntags: [t2]",
        "A longer body, minutes long, with [a link](https://example.org/) and *more* words. "
            + "Words upon words. ".repeat(300)))))
        .isEqualTo(shape);
  }

  @Test
  void anythingElsePagesShowChangesTheShape() {
    String shape = shapeAfter("first", s -> { });
    List<Consumer<TestSite>> changes = List.of(
        s -> s.add(article("world/story-2.md", "title: Story 2\ndate: 2024-03-10T10:00:00Z\n"
            + "tags: [t2, new]", "Body of story 2.")),
        s -> s.add(article("world/story-2.md", "title: Story 2\ndate: 2024-03-11T10:00:00Z\n"
            + "tags: [t2]", "Body of story 2.")),
        s -> s.add(article("world/story-2.md", "title: Story 2\ndate: 2024-03-10T10:00:00Z\n"
            + "tags: [t2]\nfeatured: true", "Body of story 2.")),
        s -> s.add(article("world/story-2.md", "title: Story 2\ndate: 2024-03-10T10:00:00Z\n"
            + "tags: [t2]\nsection: business", "Body of story 2.")),
        s -> s.add(article("news/story-9.md", "title: Story 9\ndate: 2024-09-10T10:00:00Z",
            "A new story.")),
        s -> s.file("content/authors/ann-lee.yaml", "name: Ann Lee\nrole: Editor\n"),
        s -> s.file("site.yaml", "title: Test Times\nbaseUrl: https://test.example/\n"
            + "sections: [{key: world, title: Abroad}, {key: business}, {key: news}]\npageSize: 2\n"));
    for (int i = 0; i < changes.size(); i++) {
      assertThat(shapeAfter("changed-" + i, changes.get(i))).as("change %d", i)
          .isNotNull().isNotEqualTo(shape);
    }
  }

  @Test
  void mapsWithoutAnOrderOfTheirOwnAreHashedWhateverOrderTheyGive() {
    Site site = StoryFingerprintTest.model(site("first")).site();
    Site reordered = withRelated(site, reversed(site.related()));
    List<Story> backwards = new ArrayList<>(site.stories());
    Collections.reverse(backwards);

    assertThat(SiteShape.of(reordered)).isEqualTo(SiteShape.of(site));
    // A list's order is part of it.
    assertThat(SiteShape.of(new Site(site.config(), site.now(), backwards, site.sections(),
        site.tags(), site.authors(), site.archive(), site.related(), site.previous(), site.next(),
        site.home(), site.pathsBySource(), site.nextDue())))
        .isNotEqualTo(SiteShape.of(site));
  }

  private static Site withRelated(Site s, Map<String, List<Story>> related) {
    return new Site(s.config(), s.now(), s.stories(), s.sections(), s.tags(), s.authors(),
        s.archive(), related, s.previous(), s.next(), s.home(), s.pathsBySource(), s.nextDue());
  }

  /** The same entries as {@code map}, iterated the other way round. */
  private static <K, V> Map<K, V> reversed(Map<K, V> map) {
    List<Map.Entry<K, V>> entries = new ArrayList<>(map.entrySet());
    Collections.reverse(entries);
    return new AbstractMap<>() {
      @Override
      public Set<Map.Entry<K, V>> entrySet() {
        return new java.util.AbstractSet<>() {
          @Override
          public java.util.Iterator<Map.Entry<K, V>> iterator() {
            return entries.iterator();
          }

          @Override
          public int size() {
            return entries.size();
          }
        };
      }
    };
  }
}
