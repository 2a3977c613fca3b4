package dev.broadsheet.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed YAML mapping and where each part of it stood. Positions are keyed by JSON pointer
 * ({@code /image/src}, {@code /tags/0}); {@link #keyAt} gives a key's position, {@link #valueAt} its
 * value's. Positions are already shifted to lines of the whole file.
 */
public record YamlDocument(
    JsonNode root, Map<String, Position> keys, Map<String, Position> values) {

  public Position keyAt(String pointer) {
    return keys.getOrDefault(pointer, valueAt(pointer));
  }

  public Position valueAt(String pointer) {
    Position p = values.get(pointer);
    if (p != null) {
      return p;
    }
    int slash = pointer.lastIndexOf('/');
    return slash > 0 ? keyAt(pointer.substring(0, slash)) : Position.UNKNOWN;
  }
}
