package dev.broadsheet.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.broadsheet.source.TextFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML mappings with bounded resources and remembers positions. Built once and shared: it
 * holds no per-call state.
 *
 * <p>Limits: {@link #MAX_CHARS} characters a document and {@link #MAX_DEPTH} levels of nesting, so
 * that a hostile file cannot exhaust memory. Aliases ({@code *name}) are refused, which also defuses
 * "billion laughs" alias bombs; duplicate keys are errors.
 */
public final class YamlReader {
  /** The largest YAML document read: front matter or site.yaml. */
  public static final int MAX_CHARS = 1_000_000;

  /** The deepest nesting of mappings and lists. */
  public static final int MAX_DEPTH = 50;

  /** The most aliases the YAML scanner accepts before Broadsheet refuses the first one. */
  static final int MAX_ALIASES = 20;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * SnakeYAML through Jackson, made when first needed: making it took 20 ms of every build, and
   * plain front matter and configuration are read by {@link QuickYaml} without it.
   */
  private static final class Full {
    static final YAMLFactory FACTORY;

    static {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(MAX_ALIASES);
      options.setNestingDepthLimit(MAX_DEPTH);
      options.setCodePointLimit(MAX_CHARS + 1);
      options.setAllowRecursiveKeys(false);
      FACTORY = YAMLFactory.builder()
          .loaderOptions(options)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();
    }
  }

  /**
   * Parses {@code text} as one YAML mapping. {@code lineOffset} is the number of file lines before
   * the YAML starts, so positions name lines of the whole file. An empty document is an empty
   * mapping. Plain YAML, as most front matter is, is read by {@link QuickYaml}; the rest by
   * SnakeYAML through Jackson.
   */
  public YamlDocument readMapping(String text, int lineOffset) throws YamlException {
    if (text.length() > MAX_CHARS) {
      throw new YamlException(
          "YAML block is " + text.length() + " characters long; the limit is " + MAX_CHARS,
          new Position(lineOffset + 1, 1));
    }
    YamlDocument quick = QuickYaml.read(text, lineOffset);
    YamlDocument doc = quick != null ? quick : readFully(text, lineOffset);
    return text.contains(": #") ? withHashtagNotes(doc, text, lineOffset) : doc;
  }

  /** {@code key: #word}: a value that is only a comment, written as a hashtag. */
  private static final Pattern HASHTAG = Pattern.compile(
      "^\\s*(?:-\\s+)?([A-Za-z_][\\w-]*):[ \\t]+(#[^\\s#].*?)\\s*$");

  /**
   * Notes for each key whose value is only a comment that reads as a hashtag ({@code tags:
   * #climate #cop28}): YAML drops it, and the key is left empty.
   */
  private static YamlDocument withHashtagNotes(YamlDocument doc, String text, int offset) {
    List<YamlDocument.Note> notes = new ArrayList<>(doc.notes());
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = HASHTAG.matcher(lines[i]);
      if (m.matches()) {
        notes.add(new YamlDocument.Note(new Position(i + 1 + offset, m.start(2) + 1), "'"
            + m.group(1) + "' is left empty: '#' starts a comment in YAML, so '" + m.group(2)
            + "' is not read; put it in quotes: " + m.group(1) + ": \"" + m.group(2)
            + "\""));
      }
    }
    return new YamlDocument(doc.root(), doc.keys(), doc.values(), List.copyOf(notes));
  }

  /** {@link #readMapping} by SnakeYAML alone, for text of at most {@link #MAX_CHARS}. */
  YamlDocument readFully(String text, int lineOffset) throws YamlException {
    Map<String, Position> keys = new HashMap<>();
    Map<String, Position> values = new HashMap<>();
    try (JsonParser parser = Full.FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new YamlDocument(NODES.objectNode(), keys, values);
      }
      if (first != JsonToken.START_OBJECT) {
        throw new YamlException(
            "expected a mapping of keys to values (key: value), found "
                + describe(first),
            position(parser.currentTokenLocation(), lineOffset));
      }
      JsonNode root = read(parser, "", keys, values, lineOffset);
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        throw new YamlException(
            "more than one YAML document here; remove the extra '---' or '...'",
            position(parser.currentTokenLocation(), lineOffset));
      }
      return new YamlDocument(root, Map.copyOf(keys), Map.copyOf(values));
    } catch (JsonProcessingException e) {
      ReaderException unreadable = readerProblem(e);
      throw unreadable != null ? notAllowed(unreadable, text, lineOffset)
          : translate(e, text, lineOffset);
    } catch (IOException e) {
      throw new YamlException("cannot read YAML: " + e.getMessage(), new Position(lineOffset + 1, 1));
    } catch (RuntimeException e) {
      ReaderException unreadable = readerProblem(e);
      if (unreadable != null) {
        throw notAllowed(unreadable, text, lineOffset);
      }
      // SnakeYAML signals some limits (aliases, nesting) with unchecked exceptions.
      throw new YamlException(cleanMessage(e), locate(e, lineOffset));
    }
  }

  private JsonNode read(
      JsonParser p, String ptr, Map<String, Position> keys, Map<String, Position> values, int off)
      throws IOException, YamlException {
    JsonToken token = p.currentToken();
    values.put(ptr, position(p.currentTokenLocation(), off));
    if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
      throw new YamlException("YAML aliases such as '*" + p.getText() + "' are not supported;"
          + " write the value out in full", position(p.currentTokenLocation(), off));
    }
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          String child = ptr + "/" + name.replace("~", "~0").replace("/", "~1");
          Position at = position(p.currentTokenLocation(), off);
          if (object.has(name)) {
            throw new YamlException(
                "duplicate key '" + name + "' (first at line " + keys.get(child).line()
                    + "); keep one of them",
                at);
          }
          keys.put(child, at);
          p.nextToken();
          object.set(name, read(p, child, keys, values, off));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(p, ptr + "/" + i++, keys, values, off));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return new WrittenInteger(p.getBigIntegerValue(), p.getText());
      case VALUE_NUMBER_FLOAT:
        return new WrittenDecimal(p.getDecimalValue(), p.getText());
      case VALUE_TRUE:
        return new WrittenBoolean(true, p.getText());
      case VALUE_FALSE:
        return new WrittenBoolean(false, p.getText());
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        return NODES.textNode(p.getText());
    }
  }

  /*
   * YAML 1.1 reads plain yes, no, on and off as booleans and 012 as the number 10: a headline
   * "Yes", a dateline "NO" (Norway) or "ON" (Ontario) would be printed "true" and "false". These
   * nodes are booleans and numbers to whatever asks for one, and the text as written to whatever
   * asks for text.
   */

  /** A boolean as YAML wrote it ("Yes", "off"). */
  static final class WrittenBoolean extends com.fasterxml.jackson.databind.node.BooleanNode {
    private final String written;

    WrittenBoolean(boolean value, String written) {
      super(value);
      this.written = written;
    }

    @Override
    public String asText() {
      return written;
    }
  }

  /** A whole number as YAML wrote it ("012", "1_000"). */
  static final class WrittenInteger extends com.fasterxml.jackson.databind.node.BigIntegerNode {
    private final String written;

    WrittenInteger(java.math.BigInteger value, String written) {
      super(value);
      this.written = written;
    }

    @Override
    public String asText() {
      return written;
    }
  }

  /** A number with a fraction or exponent as YAML wrote it ("1.50", ".5", "1e3"). */
  static final class WrittenDecimal extends com.fasterxml.jackson.databind.node.DecimalNode {
    private final String written;

    WrittenDecimal(java.math.BigDecimal value, String written) {
      super(value);
      this.written = written;
    }

    @Override
    public String asText() {
      return written;
    }
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "plain text";
      case VALUE_NULL -> "nothing";
      default -> "a single value";
    };
  }

  private static Position position(JsonLocation location, int offset) {
    if (location == null || location.getLineNr() <= 0) {
      return new Position(offset + 1, 1);
    }
    return new Position(location.getLineNr() + offset, Math.max(1, location.getColumnNr()));
  }

  /** SnakeYAML's refusal of a character YAML does not allow, if that is what {@code e} is. */
  private static ReaderException readerProblem(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof ReaderException r) {
        return r;
      }
    }
    return null;
  }

  /**
   * A character YAML does not allow (a control character, such as the vertical tab a word
   * processor pastes for a line break), named and placed: SnakeYAML gives only its index.
   */
  private static YamlException notAllowed(ReaderException e, String text, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0, n = 0; i < text.length() && n < e.getPosition(); n++) {
      int c = text.codePointAt(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(c);
    }
    int c = e.getCodePoint();
    String what = c < 0x20 || c >= 0x7f && c < 0xa0 ? TextFiles.controlCharacter(c)
        : String.format(java.util.Locale.ROOT, "the character U+%04X", c);
    return new YamlException("invalid YAML: " + what + " is not allowed in YAML and shows as"
        + " nothing on a page; delete it", new Position(offset + line, column));
  }

  private static YamlException translate(JsonProcessingException e, String text, int offset) {
    Position at = position(e.getLocation(), offset);
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYAMLException marked) {
      String problem = marked.getProblem() == null ? "" : marked.getProblem();
      boolean unclosed = problem.contains("end of stream") || problem.contains("<stream end>");
      var mark = unclosed && marked.getContextMark() != null ? marked.getContextMark()
          : marked.getProblemMark();
      if (mark != null) {
        at = new Position(mark.getLine() + 1 + offset, mark.getColumn() + 1);
      }
      String line = mark == null ? "" : lineOf(text, mark.getLine());
      Matcher value = KEY_VALUE.matcher(line);
      if (value.matches()) {
        String hint = quoting(value.group(2), value.group(3), problem);
        if (hint != null) {
          return new YamlException("invalid YAML: " + hint,
              new Position(at.line(), value.start(3) + 1));
        }
      }
      return new YamlException("invalid YAML: " + yamlProblem(marked), at);
    }
    String message = e.getOriginalMessage();
    if (message.contains("nesting depth")) {
      message = "YAML nested deeper than " + MAX_DEPTH + " levels";
    }
    return new YamlException("invalid YAML: " + firstLine(message), at);
  }

  /** A line {@code key: value} (or {@code - key: value}), comments aside. */
  private static final Pattern KEY_VALUE = Pattern.compile(
      "^(\\s*(?:-\\s+)?)([^\\s:#'\"][^:#]*?):\\s+(\\S.*?)\\s*$");

  /**
   * What is wrong with {@code value} of {@code key}, a plain value YAML reads otherwise than a
   * publisher means, and the line to write instead; null when it is not such a value.
   */
  private static String quoting(String key, String value, String problem) {
    char first = value.charAt(0);
    boolean leftOver = problem.contains("but found '<scalar>'");
    String what;
    String meant = value;
    if ((first == '[' || first == '{') && leftOver) {
      what = "a value that starts with '" + first + "' is read as a "
          + (first == '{' ? "mapping" : "list") + ", and the words after it are left over";
    } else if (first == '"' && leftOver) {
      what = "a quoted value ends at its closing quote, and the words after it are left over";
    } else if (first == '\'' && leftOver && value.endsWith("'")) {
      meant = value.substring(1, value.length() - 1);
      return "inside single quotes an apostrophe ends the value; write it twice ('"
          + meant.replace("'", "''") + "') or use double quotes: " + key + ": \""
          + meant.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    } else if (problem.startsWith("mapping values are not allowed") && first != '"'
        && first != '\'') {
      what = "a ':' followed by a space inside a value is read as a new key";
    } else if (first == '@' || first == '`' || first == '%') {
      what = "a value cannot start with '" + first + "' in YAML";
    } else if (first == '*' || first == '&' || first == '!') {
      what = "a value that starts with '" + first + "' is read as a YAML "
          + (first == '*' ? "alias" : first == '&' ? "anchor" : "tag");
    } else {
      return null;
    }
    String quoted = meant.contains("\"") && !meant.contains("'") ? "'" + meant + "'"
        : "\"" + meant.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return what + "; put the whole value in quotes: " + key + ": " + quoted;
  }

  /** Line {@code index} (0-based) of {@code text}, or "" past its end. */
  private static String lineOf(String text, int index) {
    int start = 0;
    for (int i = 0; i < index; i++) {
      start = text.indexOf('\n', start) + 1;
      if (start == 0) {
        return "";
      }
    }
    int end = text.indexOf('\n', start);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  private static String yamlProblem(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    if (problem.contains("\\t") || problem.contains("tab")) {
      return "a tab character; YAML indents with spaces only";
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return "a ':' inside a value; put the value in quotes";
    }
    if (context.contains("quoted scalar") && problem.contains("end of stream")) {
      return "a quoted value opened here is never closed; add the closing quote";
    }
    if (context.contains("flow sequence")) {
      return "a list opened here with '[' is not closed with ']' (or an item lacks its comma)";
    }
    if (context.contains("flow mapping")) {
      return "a mapping opened here with '{' is not closed with '}' (or an entry lacks its comma)";
    }
    String text = context.isEmpty() ? problem : context + ", " + problem;
    return firstLine(text);
  }

  private static Position locate(RuntimeException e, int offset) {
    if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      return new Position(marked.getProblemMark().getLine() + 1 + offset,
          marked.getProblemMark().getColumn() + 1);
    }
    return new Position(offset + 1, 1);
  }

  private static String cleanMessage(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.contains("aliases")) {
      return "YAML uses more than " + MAX_ALIASES + " aliases; expand them or use fewer";
    }
    if (message.contains("Nesting Depth")) {
      return "YAML nested deeper than " + MAX_DEPTH + " levels";
    }
    if (message.contains("code points")) {
      return "YAML block longer than the limit of " + MAX_CHARS + " characters";
    }
    return "invalid YAML: " + firstLine(message);
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).strip();
  }
}
