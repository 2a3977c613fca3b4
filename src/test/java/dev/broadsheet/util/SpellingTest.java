package dev.broadsheet.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A misspelt key or name is matched to the one meant: typos, case, and swapped neighbours. */
class SpellingTest {
  @Test
  void countsASwapOfNeighboursAsOneEdit() {
    assertThat(Spelling.distance("wrold", "world")).isEqualTo(1);
    assertThat(Spelling.distance("tilte", "title")).isEqualTo(1);
    assertThat(Spelling.distance("world", "world")).isZero();
    assertThat(Spelling.distance("wor", "world")).isEqualTo(2);
    assertThat(Spelling.distance("", "abc")).isEqualTo(3);
    assertThat(Spelling.distance("ab", "ba")).isEqualTo(1);
    assertThat(Spelling.distance("abc", "ca")).isEqualTo(3);
  }

  @Test
  void suggestsTheNearestKnownName() {
    assertThat(Spelling.suggestion("wrold", List.of("world", "business"))).isEqualTo("; did you mean 'world'?");
    assertThat(Spelling.suggestion("tilte", List.of("title", "tags"))).isEqualTo("; did you mean 'title'?");
    assertThat(Spelling.suggestion("baseURL", List.of("baseUrl", "title"))).isEqualTo("; did you mean 'baseUrl'?");
    assertThat(Spelling.suggestion("sport", List.of("world", "business"))).isEmpty();
  }
}
