package dev.broadsheet.render;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.RelatedMemo;
import dev.broadsheet.model.Site;
import dev.broadsheet.model.Story;
import dev.broadsheet.testutil.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related stories are taken from the last build only when they were computed from the same
 * stories (their places, paths, dates, sections and tags), and only when they could be the site's.
 */
class RelatedMemoTest {
  @TempDir Path dir;

  /** A memo that keeps one set of places and says under which key it was asked. */
  private static final class Kept implements RelatedMemo {
    String key;
    int[][] places;
    String asked;

    @Override
    public int[][] recall(String key) {
      asked = key;
      return key.equals(this.key) ? places : null;
    }

    @Override
    public void remember(String key, int[][] places) {
      this.key = key;
      this.places = places;
    }
  }

  private TestSite site() {
    StringBuilder spec = new StringBuilder(config(""));
    for (int i = 0; i < 8; i++) {
      spec.append(article((i % 2 == 0 ? "world" : "business") + "/story-" + i + ".md",
          "title: Story " + i + "\ndate: 2024-0" + (1 + i) + "-10T10:00:00Z\ntags: [t" + (i % 3)
              + ", u" + (i % 2) + "]", "Body " + i + "."));
    }
    return TestSite.write(dir, spec.toString());
  }

  /** Each story's related stories, by path, as paths. */
  private static Map<String, List<String>> related(Site site) {
    return site.related().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
        e -> e.getValue().stream().map(Story::path).toList()));
  }

  @Test
  void theSameStoriesTakeTheRememberedPlaces() {
    TestSite site = site();
    Kept memo = new Kept();
    Site first = StoryFingerprintTest.model(site, memo).site();
    assertThat(memo.places).hasNumberOfRows(8);
    assertThat(related(first)).isEqualTo(related(StoryFingerprintTest.model(site).site()));

    // Places that scoring would not give, under the same key, are what the next model shows.
    int[][] forged = new int[8][];
    for (int i = 0; i < 8; i++) {
      forged[i] = new int[] {(i + 1) % 8};
    }
    memo.places = forged;
    Site second = StoryFingerprintTest.model(site, memo).site();
    List<Story> stories = second.stories();
    assertThat(second.related().get(stories.get(0).path())).containsExactly(stories.get(1));
    assertThat(memo.places).isSameAs(forged);
  }

  @Test
  void aChangedTagOrDateScoresTheStoriesAgain() {
    TestSite site = site();
    Kept memo = new Kept();
    StoryFingerprintTest.model(site, memo);
    String before = memo.key;
    int[][] forged = new int[8][0];
    memo.places = forged;

    site.add(article("world/story-2.md", "title: Story 2\ndate: 2024-03-10T10:00:00Z\n"
        + "tags: [t1, u0]", "Body 2."));
    Site retagged = StoryFingerprintTest.model(site, memo).site();
    assertThat(memo.asked).isNotEqualTo(before);
    assertThat(related(retagged)).isEqualTo(related(StoryFingerprintTest.model(site).site()));

    String tagged = memo.key;
    site.add(article("world/story-2.md", "title: Story 2\ndate: 2024-03-11T10:00:00Z\n"
        + "tags: [t1, u0]", "Body 2."));
    StoryFingerprintTest.model(site, memo);
    assertThat(memo.asked).isNotEqualTo(tagged);
  }

  @Test
  void placesThatCannotBeTheSitesAreScoredAgain() {
    TestSite site = site();
    Map<String, List<String>> scored = related(StoryFingerprintTest.model(site).site());
    for (int[][] bad : List.of(new int[7][0], new int[][] {{8}, {}, {}, {}, {}, {}, {}, {}},
        new int[][] {{0}, {}, {}, {}, {}, {}, {}, {}},
        new int[][] {{1, 2, 3, 4, 5}, {}, {}, {}, {}, {}, {}, {}})) {
      Kept memo = new Kept();
      StoryFingerprintTest.model(site, memo);
      memo.places = bad;
      assertThat(related(StoryFingerprintTest.model(site, memo).site())).isEqualTo(scored);
    }
  }
}
