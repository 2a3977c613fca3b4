package dev.broadsheet.util;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * JSON written by Jackson, indented with {@code \n} on every machine. {@code <}, {@code >},
 * {@code &} and the line separators U+2028 and U+2029 are escaped as {@code \\uXXXX}, so the JSON is
 * also safe inside an HTML {@code <script>} element: {@code </script>} in a headline stays inert.
 */
public final class Json {
  private static final ObjectWriter WRITER;
  private static final ObjectWriter COMPACT;

  static {
    ObjectMapper mapper = new ObjectMapper();
    mapper.getFactory().setCharacterEscapes(new HtmlSafe());
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    WRITER = mapper.writer(printer);
    COMPACT = mapper.writer();
  }

  private Json() {}

  /** {@code value} as indented JSON. */
  public static String write(Object value) {
    return write(WRITER, value);
  }

  /**
   * {@code value} as JSON on one line, for embedding in pages. Maps with string keys, lists,
   * strings, whole numbers, booleans and null, what nearly all of it is made of, are written here
   * as Jackson writes them, several times quicker (a page's JSON-LD took 2 % of a build through
   * Jackson's serializers); a value holding anything else goes to Jackson whole.
   */
  public static String compact(Object value) {
    StringBuilder out = new StringBuilder(512);
    return Compact.append(out, value) ? out.toString() : jackson(value);
  }

  /** {@code value} as Jackson writes it on one line (for tests of {@link #compact}). */
  static String jackson(Object value) {
    return write(COMPACT, value);
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] bytes(Object value) {
    return (write(value) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Compact JSON of plain values, with the escapes of {@link HtmlSafe}. */
  private static final class Compact {
    /** For each ASCII character, what it is written as, or null when it is written as itself. */
    private static final String[] ESCAPES = new String[128];

    static {
      for (int c = 0; c < 0x20; c++) {
        ESCAPES[c] = String.format("\\u%04X", c);
      }
      ESCAPES['\b'] = "\\b";
      ESCAPES['\t'] = "\\t";
      ESCAPES['\n'] = "\\n";
      ESCAPES['\f'] = "\\f";
      ESCAPES['\r'] = "\\r";
      ESCAPES['"'] = "\\\"";
      ESCAPES['\\'] = "\\\\";
      for (char c : new char[] {'<', '>', '&'}) {
        ESCAPES[c] = String.format("\\u%04X", (int) c);
      }
    }

    /** Appends {@code value}; false, with {@code out} half written, if it holds another kind. */
    static boolean append(StringBuilder out, Object value) {
      if (value == null) {
        out.append("null");
      } else if (value instanceof String s) {
        string(out, s);
      } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
        out.append(value);
      } else if (value instanceof Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          if (!(e.getKey() instanceof String key)) {
            return false;
          }
          if (!first) {
            out.append(',');
          }
          first = false;
          string(out, key);
          out.append(':');
          if (!append(out, e.getValue())) {
            return false;
          }
        }
        out.append('}');
      } else if (value instanceof List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          if (!append(out, list.get(i))) {
            return false;
          }
        }
        out.append(']');
      } else {
        return false;
      }
      return true;
    }

    private static void string(StringBuilder out, String s) {
      out.append('"');
      int from = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        String escape = c < 128 ? ESCAPES[c]
            : c == 0x2028 ? "\\u2028" : c == 0x2029 ? "\\u2029" : null;
        if (escape != null) {
          out.append(s, from, i).append(escape);
          from = i + 1;
        }
      }
      out.append(s, from, s.length()).append('"');
    }
  }

  private static final class HtmlSafe extends CharacterEscapes {
    private final int[] escapes;

    HtmlSafe() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
