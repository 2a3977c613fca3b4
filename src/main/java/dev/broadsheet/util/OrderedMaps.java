package dev.broadsheet.util;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Map literals that keep the order they are written in. {@code Map.of} iterates in an order that
 * changes from one JVM run to the next, which would make output that lists a map differ between
 * identical builds.
 */
public final class OrderedMaps {
  private OrderedMaps() {}

  /** An unmodifiable map of alternating keys and values, in that order; null values are left out. */
  public static Map<String, Object> of(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must come in pairs");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        map.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return Collections.unmodifiableMap(map);
  }
}
