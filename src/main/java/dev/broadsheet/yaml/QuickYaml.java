package dev.broadsheet.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * A quick reader for the plain YAML that front matter is almost always written in, giving what
 * {@link YamlReader} gives, positions included, in a fraction of the time. It reads only a subset
 * and answers {@code null} for anything outside it, for the full reader to read (and to report, if
 * it is wrong): it never reports a problem itself.
 *
 * <p>The subset: block mappings and block sequences by indentation; keys of letters, digits,
 * {@code _} and {@code -} that start with a letter or {@code _}; values on one line, each a plain
 * scalar (text that starts with a letter, one of {@code /($\^_} or a character beyond ASCII, a
 * decimal integer, a date or date and time, {@code true} or {@code false}), a quoted scalar
 * ({@code "..."} with only {@code \"} and {@code \\} escapes, {@code '...'}), or a flow list or
 * mapping of those ({@code [a, b]}, {@code {src: x, alt: "y"}}); comments at the start of a line
 * or after a value. Not in it, so read by the full reader: multi-line scalars, other escapes,
 * block scalars ({@code |}, {@code >}), anchors, aliases, tags, quoted or complex keys, other
 * words YAML 1.1 reads as values ({@code yes}, {@code null}, {@code ~}), other numbers, tabs,
 * indented comments, document markers, characters outside the Basic Multilingual Plane (whose
 * columns YAML counts differently) and characters YAML forbids. {@code QuickYamlProperties}
 * holds it to the full reader.
 */
final class QuickYaml {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_NESTING = 20;
  /** The longest key read here; YAML limits keys written without '?' to 1,024 characters. */
  private static final int MAX_KEY = 128;

  /** Thrown to give up: the text is outside the subset. Shared, without a stack trace. */
  private static final class Unsure extends RuntimeException {
    Unsure() {
      super(null, null, false, false);
    }
  }

  private static final Unsure UNSURE = new Unsure();

  private final String text;
  private final int lineOffset;
  private final int[] starts;
  private final int[] ends;
  /** Each line's indentation; -1 for a blank line or a comment at the start of a line. */
  private final int[] indents;
  private final int lines;
  private final Map<String, Position> keys = new HashMap<>();
  private final Map<String, Position> values = new HashMap<>();
  /** The first line not yet read. */
  private int line;

  private QuickYaml(String text, int lineOffset) {
    this.text = text;
    this.lineOffset = lineOffset;
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    starts = new int[count];
    ends = new int[count];
    indents = new int[count];
    int start = 0;
    int n = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        starts[n] = start;
        ends[n] = i;
        indents[n] = indent(start, i);
        n++;
        start = i + 1;
      }
    }
    lines = n;
  }

  /**
   * {@code text} read as one YAML mapping, as {@link YamlReader#readMapping} reads it, or {@code
   * null} when it is outside the subset this reader knows.
   */
  static YamlDocument read(String text, int lineOffset) {
    if (!plainCharacters(text)) {
      return null;
    }
    try {
      return new QuickYaml(text, lineOffset).document();
    } catch (Unsure e) {
      return null;
    }
  }

  /** False for characters the subset leaves to the full reader (see the class comment). */
  private static boolean plainCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\n'
          : c >= 0x7f && (c <= 0x9f || c == '\u2028' || c == '\u2029' || c == '\ufeff'
              || c >= '\ufffe' || Character.isSurrogate(c))) {
        return false;
      }
    }
    return true;
  }

  private int indent(int start, int end) {
    int i = start;
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    if (i == end || text.charAt(i) == '#') {
      if (i < end && i > start) {
        throw UNSURE; // an indented comment: within a scalar, it may be text
      }
      return -1;
    }
    if (i == start && (text.startsWith("---", i) || text.startsWith("...", i)
        || text.charAt(i) == '%')) {
      throw UNSURE;
    }
    return i - start;
  }

  private YamlDocument document() {
    int first = next(0);
    if (first == lines || indents[first] != 0) {
      throw UNSURE;
    }
    ObjectNode root = mapping(first, 0, "", 0);
    if (next(line) != lines) {
      throw UNSURE;
    }
    return new YamlDocument(root, Map.copyOf(keys), Map.copyOf(values));
  }

  /** The first line at or after {@code from} with content, or {@link #lines}. */
  private int next(int from) {
    int n = from;
    while (n < lines && indents[n] < 0) {
      n++;
    }
    return n;
  }

  private boolean dash(int n) {
    int at = starts[n] + indents[n];
    return text.charAt(at) == '-' && at + 1 < ends[n] && text.charAt(at + 1) == ' ';
  }

  private Position at(int n, int index) {
    return new Position(n + 1 + lineOffset, index - starts[n] + 1);
  }

  /** A block mapping whose first key starts at {@code column} of line {@code n}. */
  private ObjectNode mapping(int n, int column, String pointer, int depth) {
    if (depth > MAX_NESTING) {
      throw UNSURE;
    }
    values.put(pointer, at(n, starts[n] + column));
    ObjectNode object = NODES.objectNode();
    int current = n;
    while (true) {
      entry(current, column, object, pointer, depth);
      int after = next(line);
      if (after == lines || indents[after] < column) {
        return object;
      }
      if (indents[after] > column || dash(after)) {
        throw UNSURE;
      }
      current = after;
    }
  }

  /** The end of the key starting at {@code from}, if one starts there and a ':' follows it. */
  private int keyEnd(int from, int end) {
    int i = from;
    if (i < end) {
      char c = text.charAt(i);
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c == '_') {
        i++;
        while (i < end && keyChar(text.charAt(i))) {
          i++;
        }
        if (i - from <= MAX_KEY && i < end && text.charAt(i) == ':'
            && (i + 1 == end || text.charAt(i + 1) == ' ')) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * The name of the key from {@code start} to {@code colon} on line {@code n} (-1: none there),
   * which must be new to {@code object}; its position is recorded under {@code pointer}.
   */
  private String key(int n, int start, int colon, ObjectNode object, String pointer) {
    if (colon < 0) {
      throw UNSURE;
    }
    String name = text.substring(start, colon);
    if (special(name) || object.has(name)) {
      throw UNSURE;
    }
    keys.put(pointer + "/" + name, at(n, start));
    return name;
  }

  private static boolean keyChar(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
  }

  private void entry(int n, int column, ObjectNode object, String pointer, int depth) {
    int start = starts[n] + column;
    int end = ends[n];
    int colon = keyEnd(start, end);
    String name = key(n, start, colon, object, pointer);
    String child = pointer + "/" + name;
    int v = skipSpaces(colon + 1, end);
    JsonNode value;
    if (v == end || text.charAt(v) == '#') {
      line = n + 1;
      int below = next(line);
      if (below < lines && (indents[below] > column || indents[below] == column && dash(below))) {
        value = dash(below) ? sequence(below, indents[below], child, depth + 1)
            : mapping(below, indents[below], child, depth + 1);
      } else {
        values.put(child, at(n, colon + 1));
        value = NODES.textNode("");
      }
    } else {
      value = lineValue(n, v, end, child, depth + 1);
      line = n + 1;
      int below = next(line);
      if (below < lines && indents[below] > column) {
        throw UNSURE; // the value may go on over more lines
      }
    }
    object.set(name, value);
  }

  /** A block sequence whose dashes stand at {@code column}, the first on line {@code n}. */
  private ArrayNode sequence(int n, int column, String pointer, int depth) {
    if (depth > MAX_NESTING) {
      throw UNSURE;
    }
    values.put(pointer, at(n, starts[n] + column));
    ArrayNode array = NODES.arrayNode();
    int current = n;
    int index = 0;
    while (true) {
      int end = ends[current];
      int v = skipSpaces(starts[current] + column + 1, end);
      if (v == end || text.charAt(v) == '#') {
        throw UNSURE;
      }
      String item = pointer + "/" + index++;
      if (keyEnd(v, end) >= 0) {
        array.add(mapping(current, v - starts[current], item, depth + 1));
      } else {
        array.add(lineValue(current, v, end, item, depth + 1));
        line = current + 1;
      }
      int after = next(line);
      if (after < lines && indents[after] > column) {
        throw UNSURE;
      }
      if (after == lines || indents[after] < column || !dash(after)) {
        return array;
      }
      current = after;
    }
  }

  private int skipSpaces(int from, int end) {
    int i = from;
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** The value from {@code v} to the end of line {@code n}; only a comment may follow it. */
  private JsonNode lineValue(int n, int v, int end, String pointer, int depth) {
    char c = text.charAt(v);
    if (c != '[' && c != '{' && c != '"' && c != '\'') {
      values.put(pointer, at(n, v));
      int stop = v;
      while (stop < end && !(text.charAt(stop) == '#' && text.charAt(stop - 1) == ' ')) {
        char s = text.charAt(stop);
        if (s == ':' && (stop + 1 == end || text.charAt(stop + 1) == ' ')) {
          throw UNSURE;
        }
        stop++;
      }
      while (text.charAt(stop - 1) == ' ') {
        stop--;
      }
      return plain(text.substring(v, stop));
    }
    int[] cursor = {v};
    JsonNode value = flowValue(n, cursor, end, pointer, depth);
    int rest = skipSpaces(cursor[0], end);
    if (rest < end && !(text.charAt(rest) == '#' && rest > cursor[0])) {
      throw UNSURE;
    }
    return value;
  }

  /** A flow list or mapping, a quoted scalar or a plain one inside a flow, at {@code cursor[0]}. */
  private JsonNode flowValue(int n, int[] cursor, int end, String pointer, int depth) {
    if (depth > MAX_NESTING) {
      throw UNSURE;
    }
    int v = cursor[0];
    if (v == end) {
      throw UNSURE;
    }
    values.put(pointer, at(n, v));
    char c = text.charAt(v);
    if (c == '"') {
      return doubleQuoted(cursor, end);
    }
    if (c == '\'') {
      return singleQuoted(cursor, end);
    }
    if (c == '[') {
      ArrayNode array = NODES.arrayNode();
      cursor[0] = skipSpaces(v + 1, end);
      if (cursor[0] < end && text.charAt(cursor[0]) == ']') {
        cursor[0]++;
        return array;
      }
      int index = 0;
      do {
        array.add(flowValue(n, cursor, end, pointer + "/" + index++, depth + 1));
      } while (!itemEnds(cursor, end, ']'));
      return array;
    }
    if (c == '{') {
      ObjectNode object = NODES.objectNode();
      cursor[0] = skipSpaces(v + 1, end);
      if (cursor[0] < end && text.charAt(cursor[0]) == '}') {
        cursor[0]++;
        return object;
      }
      do {
        int i = cursor[0];
        int colon = keyEnd(i, end);
        String name = key(n, i, colon, object, pointer);
        String child = pointer + "/" + name;
        cursor[0] = skipSpaces(colon + 1, end);
        object.set(name, flowValue(n, cursor, end, child, depth + 1));
      } while (!itemEnds(cursor, end, '}'));
      return object;
    }
    int stop = v;
    while (stop < end) {
      char s = text.charAt(stop);
      if (s == ',' || s == ']' || s == '}') {
        break;
      }
      if (s == '#' || s == '[' || s == '{'
          || s == ':' && (stop + 1 == end || " ,[]{}".indexOf(text.charAt(stop + 1)) >= 0)) {
        throw UNSURE;
      }
      stop++;
    }
    cursor[0] = stop;
    while (stop > v && text.charAt(stop - 1) == ' ') {
      stop--;
    }
    if (stop == v) {
      throw UNSURE;
    }
    return plain(text.substring(v, stop));
  }

  /**
   * After an item of a flow: true, past {@code close}, if it closes the flow; false, at the next
   * item, after a comma.
   */
  private boolean itemEnds(int[] cursor, int end, char close) {
    int i = skipSpaces(cursor[0], end);
    if (i < end && text.charAt(i) == close) {
      cursor[0] = i + 1;
      return true;
    }
    if (i == end || text.charAt(i) != ',') {
      throw UNSURE;
    }
    cursor[0] = skipSpaces(i + 1, end);
    return false;
  }

  private JsonNode doubleQuoted(int[] cursor, int end) {
    int from = cursor[0] + 1;
    StringBuilder escaped = null;
    int run = from;
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        cursor[0] = i + 1;
        if (escaped == null) {
          return NODES.textNode(text.substring(from, i));
        }
        return NODES.textNode(escaped.append(text, run, i).toString());
      }
      if (c == '\\') {
        char e = i + 1 < end ? text.charAt(i + 1) : 0;
        if (e != '"' && e != '\\') {
          throw UNSURE;
        }
        if (escaped == null) {
          escaped = new StringBuilder();
        }
        escaped.append(text, run, i).append(e);
        i++;
        run = i + 1;
      }
    }
    throw UNSURE;
  }

  private JsonNode singleQuoted(int[] cursor, int end) {
    int from = cursor[0] + 1;
    StringBuilder quoted = null;
    int run = from;
    for (int i = from; i < end; i++) {
      if (text.charAt(i) == '\'') {
        if (i + 1 < end && text.charAt(i + 1) == '\'') {
          if (quoted == null) {
            quoted = new StringBuilder();
          }
          quoted.append(text, run, i + 1);
          i++;
          run = i + 1;
          continue;
        }
        cursor[0] = i + 1;
        if (quoted == null) {
          return NODES.textNode(text.substring(from, i));
        }
        return NODES.textNode(quoted.append(text, run, i).toString());
      }
    }
    throw UNSURE;
  }

  /**
   * A plain scalar's value, as YAML 1.1 resolves it: only the kinds whose resolution is certain
   * (text starting with a letter, one of {@code /($\^_} or a character beyond ASCII, a decimal
   * integer, a date, true and false).
   */
  private static JsonNode plain(String value) {
    char c = value.charAt(0);
    if (c >= '0' && c <= '9') {
      if (decimal(value)) {
        return NODES.numberNode(new BigInteger(value));
      }
      if (date(value)) {
        return NODES.textNode(value);
      }
      throw UNSURE;
    }
    if (c < 0x80 && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && "/($\\^_".indexOf(c) < 0) {
      throw UNSURE;
    }
    if (value.equals("true") || value.equals("false")) {
      return NODES.booleanNode(value.equals("true"));
    }
    if (special(value)) {
      throw UNSURE;
    }
    return NODES.textNode(value);
  }

  /** Words YAML 1.1 may read as true, false or null, in any case. */
  private static boolean special(String word) {
    return switch (word.length()) {
      case 1 -> "yYnN".indexOf(word.charAt(0)) >= 0;
      case 2 -> word.equalsIgnoreCase("no") || word.equalsIgnoreCase("on");
      case 3 -> word.equalsIgnoreCase("yes") || word.equalsIgnoreCase("off");
      case 4 -> word.equalsIgnoreCase("true") || word.equalsIgnoreCase("null");
      case 5 -> word.equalsIgnoreCase("false");
      default -> false;
    };
  }

  /** {@code 0} or a decimal integer without a leading zero, of at most 18 digits. */
  private static boolean decimal(String value) {
    if (value.length() > 18 || value.length() > 1 && value.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code yyyy-mm-dd}, alone or followed by {@code T} or a space and a time of digits, {@code :},
   * {@code .}, {@code +}, {@code -}, {@code Z} and spaces: text, never a number, for YAML 1.1.
   */
  private static boolean date(String value) {
    int n = value.length();
    if (n < 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = value.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    if (n == 10) {
      return true;
    }
    char t = value.charAt(10);
    if (t != 'T' && t != 't' && t != ' ') {
      return false;
    }
    for (int i = 11; i < n; i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9' || c == ':' || c == '.' || c == '+' || c == '-' || c == 'Z'
          || c == ' ')) {
        return false;
      }
    }
    return true;
  }
}
