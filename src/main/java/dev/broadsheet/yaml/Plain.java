package dev.broadsheet.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a YAML tree into plain, unmodifiable Java values (maps keep their order) for templates. */
public final class Plain {
  private Plain() {}

  public static Object toJava(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (n.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        Object v = toJava(e.getValue());
        if (v != null) {
          map.put(e.getKey(), v);
        }
      }
      return Collections.unmodifiableMap(map);
    }
    if (n.isArray()) {
      List<Object> list = new ArrayList<>();
      for (JsonNode item : n) {
        Object v = toJava(item);
        if (v != null) {
          list.add(v);
        }
      }
      return Collections.unmodifiableList(list);
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isIntegralNumber()) {
      return n.canConvertToLong() ? (Object) n.longValue() : n.bigIntegerValue();
    }
    if (n.isNumber()) {
      return n.decimalValue();
    }
    return n.asText();
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> toMap(JsonNode n) {
    Object o = toJava(n);
    return o instanceof Map ? (Map<String, Object>) o : Map.of();
  }
}
