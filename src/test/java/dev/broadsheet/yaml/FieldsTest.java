package dev.broadsheet.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A misspelt key or name is matched to the one meant: typos, case, and swapped neighbours. */
class FieldsTest {
  @Test
  void countsASwapOfNeighboursAsOneEdit() {
    assertThat(Fields.distance("wrold", "world")).isEqualTo(1);
    assertThat(Fields.distance("tilte", "title")).isEqualTo(1);
    assertThat(Fields.distance("world", "world")).isZero();
    assertThat(Fields.distance("wor", "world")).isEqualTo(2);
    assertThat(Fields.distance("", "abc")).isEqualTo(3);
    assertThat(Fields.distance("ab", "ba")).isEqualTo(1);
    assertThat(Fields.distance("abc", "ca")).isEqualTo(3);
  }

  @Test
  void suggestsTheNearestKnownName() {
    assertThat(Fields.suggestion("wrold", List.of("world", "business"))).isEqualTo("; did you mean 'world'?");
    assertThat(Fields.suggestion("tilte", List.of("title", "tags"))).isEqualTo("; did you mean 'title'?");
    assertThat(Fields.suggestion("baseURL", List.of("baseUrl", "title"))).isEqualTo("; did you mean 'baseUrl'?");
    assertThat(Fields.suggestion("sport", List.of("world", "business"))).isEmpty();
  }
}
