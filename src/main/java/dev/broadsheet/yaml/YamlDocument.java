package dev.broadsheet.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML mapping and where each part of it stood. Positions are keyed by JSON pointer
 * ({@code /image/src}, {@code /tags/0}); {@link #keyAt} gives a key's position, {@link #valueAt} its
 * value's. Positions are already shifted to lines of the whole file.
 */
public record YamlDocument(
    JsonNode root, Map<String, Position> keys, Map<String, Position> values, List<Note> notes) {

  /** Something the document says that is likely not what its writer meant: a warning. */
  public record Note(Position position, String message) {}

  public YamlDocument(JsonNode root, Map<String, Position> keys, Map<String, Position> values) {
    this(root, keys, values, List.of());
  }

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
