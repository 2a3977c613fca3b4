package dev.broadsheet.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Json} writes what Jackson writes, indented or not, however the value is made. */
class JsonProperties {

  @Property(tries = 500)
  void compactJsonIsJacksons(@ForAll("values") Object value) {
    assertThat(Json.compact(value)).isEqualTo(Json.jackson(false, value));
  }

  @Property(tries = 500)
  void indentedJsonIsJacksons(@ForAll("values") Object value) {
    assertThat(Json.write(value)).isEqualTo(Json.jackson(true, value));
  }

  @Example
  void valuesOfOtherKindsGoToJackson() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("ratio", 0.5);
    map.put("tags", Set.of("a"));
    assertThat(Json.write(map)).isEqualTo(Json.jackson(true, map));
    assertThat(Json.compact(map)).isEqualTo(Json.jackson(false, map))
        .contains("\"ratio\":0.5", "\"tags\":[\"a\"]");
    assertThat(Json.compact(Map.of(1, "one"))).isEqualTo("{\"1\":\"one\"}");
  }

  /**
   * Strings of any characters (controls, markup, line separators, surrogates), numbers, arrays of
   * ints, nesting.
   */
  @Provide
  Arbitrary<Object> values() {
    Arbitrary<String> strings = Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(20),
        Arbitraries.strings().withChars("<>&\"\\/\b\t\n\f\r\u0000\u001f\u007f\u2028\u2029é’\uD83D")
            .ofMaxLength(12));
    Arbitrary<Object> leaves = Arbitraries.oneOf(strings.map(s -> (Object) s),
        Arbitraries.integers().map(i -> (Object) i), Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.of(true, false), Arbitraries.just(null),
        Arbitraries.integers().array(int[].class).ofMaxSize(4).map(a -> (Object) a));
    return Arbitraries.recursive(() -> leaves, inner -> Arbitraries.oneOf(
        inner.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l)),
        Arbitraries.maps(strings, inner).ofMaxSize(4).map(m -> (Object) new LinkedHashMap<>(m)),
        inner.list().ofMaxSize(3).map(l -> (Object) List.copyOf(
            l.stream().filter(java.util.Objects::nonNull).toList()))), 3);
  }
}
