package dev.broadsheet.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.problem.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads from one YAML document, each reporting a wrong type at the value's position. Readers
 * of site.yaml, front matter and author profiles share it, so every file speaks the same way.
 */
public final class Fields {
  private final YamlDocument doc;
  private final String file;
  private final Problems problems;

  /** Reads {@code doc} of {@code file}, reporting its notes as warnings at once. */
  public Fields(YamlDocument doc, String file, Problems problems) {
    this.doc = doc;
    this.file = file;
    this.problems = problems;
    reportNotes(doc, file, problems);
  }

  /** Reports the notes of {@code doc} of {@code file} as warnings. */
  public static void reportNotes(YamlDocument doc, String file, Problems problems) {
    for (YamlDocument.Note note : doc.notes()) {
      problems.warning(file, note.position().line(), note.position().column(), note.message());
    }
  }

  public YamlDocument doc() {
    return doc;
  }

  public String file() {
    return file;
  }

  public JsonNode node(String pointer) {
    JsonNode n = doc.root().at(pointer);
    return n.isMissingNode() || n.isNull() ? null : n;
  }

  public boolean has(String pointer) {
    return node(pointer) != null;
  }

  public void error(String pointer, String message) {
    Position p = doc.valueAt(pointer);
    problems.error(file, p.line(), p.column(), message);
  }

  public void warning(String pointer, String message) {
    Position p = doc.valueAt(pointer);
    problems.warning(file, p.line(), p.column(), message);
  }

  public void errorAtKey(String pointer, String message) {
    Position p = doc.keyAt(pointer);
    problems.error(file, p.line(), p.column(), message);
  }

  public void warningAtKey(String pointer, String message) {
    Position p = doc.keyAt(pointer);
    problems.warning(file, p.line(), p.column(), message);
  }

  /** A scalar as text (numbers and booleans are taken as written); a list or mapping is an error. */
  public Optional<String> text(String pointer) {
    JsonNode n = node(pointer);
    if (n == null) {
      return Optional.empty();
    }
    if (!n.isValueNode()) {
      error(pointer, "'" + name(pointer) + "' must be text, not " + kind(n)
          + (n.isArray() ? "; write one value, or quote it" : ""));
      return Optional.empty();
    }
    String s = n.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  public String text(String pointer, String fallback) {
    return text(pointer).orElse(fallback);
  }

  public Optional<Boolean> bool(String pointer) {
    JsonNode n = node(pointer);
    if (n == null) {
      return Optional.empty();
    }
    if (!n.isBoolean()) {
      String text = n.isTextual() ? n.asText().strip().toLowerCase(java.util.Locale.ROOT) : "";
      if (text.equals("true") || text.equals("false")) {
        // A quoted "true" is text: YAML reads a true or false without quotes only.
        error(pointer, "'" + name(pointer) + "' must be true or false without quotes: write "
            + name(pointer) + ": " + text);
      } else {
        error(pointer, "'" + name(pointer) + "' must be true or false, not " + quote(n));
      }
      return Optional.empty();
    }
    return Optional.of(n.booleanValue());
  }

  public int integer(String pointer, int fallback, int min, int max) {
    JsonNode n = node(pointer);
    if (n == null) {
      return fallback;
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
      String text = n.isTextual() ? n.asText().strip() : "";
      boolean quotedNumber = text.matches("-?[0-9]{1,9}") && Integer.parseInt(text) >= min
          && Integer.parseInt(text) <= max;
      error(pointer, "'" + name(pointer) + "' must be a whole number from " + min + " to " + max
          + (quotedNumber ? " without quotes: write " + name(pointer) + ": " + text : ", not "
              + quote(n)));
      return fallback;
    }
    return n.intValue();
  }

  /**
   * A list of text values; one string is also accepted and split on commas (or on spaces when
   * {@code splitOnSpaces} and it has no comma), as Jekyll and Hugo posts write tags.
   */
  public List<String> textList(String pointer, boolean splitOnSpaces) {
    JsonNode n = node(pointer);
    List<String> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (n.isValueNode()) {
      String s = n.asText();
      String[] parts = s.contains(",") || !splitOnSpaces ? s.split(",") : s.split("\\s+");
      for (String part : parts) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return out;
    }
    if (!n.isArray()) {
      error(pointer, "'" + name(pointer) + "' must be a list, like [a, b], not " + kind(n));
      return out;
    }
    for (int i = 0; i < n.size(); i++) {
      text(pointer + "/" + i).ifPresent(out::add);
    }
    return out;
  }

  /** Reports each key of the mapping at {@code pointer} that is not in {@code known}. */
  public List<String> unknownKeys(String pointer, Collection<String> known) {
    JsonNode n = node(pointer);
    List<String> unknown = new ArrayList<>();
    if (n == null || !n.isObject()) {
      return unknown;
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        unknown.add(key);
      }
    }
    return unknown;
  }

  public static String name(String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return last.replace("~1", "/").replace("~0", "~");
  }

  static String kind(JsonNode n) {
    if (n.isArray()) {
      return "a list";
    }
    if (n.isObject()) {
      return "a mapping";
    }
    return n.isTextual() ? "text" : "a " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  static String quote(JsonNode n) {
    return n.isValueNode() ? "'" + n.asText() + "'" : kind(n);
  }
}
