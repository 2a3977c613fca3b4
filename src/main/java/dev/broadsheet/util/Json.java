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
 * JSON as Jackson writes it (plain values are written here, the rest by Jackson), indented with
 * {@code \n} on every machine. {@code <}, {@code >}, {@code &} and the line separators U+2028 and
 * U+2029 are escaped as {@code \\uXXXX}, so the JSON is also safe inside an HTML {@code <script>}
 * element: {@code </script>} in a headline stays inert.
 */
public final class Json {
  private Json() {}

  /** {@code value} as indented JSON. */
  public static String write(Object value) {
    Plain plain = new Plain(true);
    return plain.value(value) ? plain.out.toString() : jackson(Jackson.PRETTY, value);
  }

  /** {@code value} as JSON on one line, for embedding in pages. */
  public static String compact(Object value) {
    Plain plain = new Plain(false);
    return plain.value(value) ? plain.out.toString() : jackson(Jackson.COMPACT, value);
  }

  public static byte[] bytes(Object value) {
    return (write(value) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** {@code value} as Jackson writes it, indented or not (for tests of this class). */
  static String jackson(boolean pretty, Object value) {
    return jackson(pretty ? Jackson.PRETTY : Jackson.COMPACT, value);
  }

  private static String jackson(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Jackson's writers, made when first needed: making its object mapper took 40 to 80 ms of a
   * build, and the plain values nearly all JSON here is made of are written by {@link Plain}.
   */
  private static final class Jackson {
    static final ObjectWriter PRETTY;
    static final ObjectWriter COMPACT;

    static {
      ObjectMapper mapper = new ObjectMapper();
      mapper.getFactory().setCharacterEscapes(new HtmlSafe());
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      PRETTY = mapper.writer(printer);
      COMPACT = mapper.writer();
    }
  }

  /**
   * Maps with string keys, lists, arrays of ints, strings, whole numbers, booleans and null,
   * written as Jackson writes them (with the escapes of {@link HtmlSafe}, and indented as by its
   * pretty printer), several times quicker: a page's JSON-LD took 2 % of a build through
   * Jackson's serializers.
   */
  private static final class Plain {
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

    final StringBuilder out = new StringBuilder(512);
    private final boolean pretty;
    private int depth;

    Plain(boolean pretty) {
      this.pretty = pretty;
    }

    /** Appends {@code value}; false, with {@code out} half written, if it holds another kind. */
    boolean value(Object value) {
      if (value == null) {
        out.append("null");
      } else if (value instanceof String s) {
        string(s);
      } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
        out.append(value);
      } else if (value instanceof Map<?, ?> map) {
        return map(map);
      } else if (value instanceof List<?> list) {
        return list(list);
      } else if (value instanceof int[] ints) {
        ints(ints);
      } else {
        return false;
      }
      return true;
    }

    private boolean map(Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append(pretty ? "{ }" : "{}");
        return true;
      }
      out.append('{');
      depth++;
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          return false;
        }
        if (!first) {
          out.append(',');
        }
        first = false;
        newLine();
        string(key);
        out.append(pretty ? " : " : ":");
        if (!value(e.getValue())) {
          return false;
        }
      }
      depth--;
      newLine();
      out.append('}');
      return true;
    }

    private boolean list(List<?> list) {
      return array(list.size(), i -> value(list.get(i)));
    }

    /** An array of ints, as the search index's postings are kept. */
    private void ints(int[] ints) {
      array(ints.length, i -> {
        out.append(ints[i]);
        return true;
      });
    }

    /** An array of {@code size} elements, each written by {@code element} (false: give up). */
    private boolean array(int size, java.util.function.IntPredicate element) {
      if (size == 0) {
        out.append(pretty ? "[ ]" : "[]");
        return true;
      }
      out.append('[');
      depth++;
      for (int i = 0; i < size; i++) {
        if (i > 0) {
          out.append(',');
        }
        newLine();
        if (!element.test(i)) {
          return false;
        }
      }
      depth--;
      newLine();
      out.append(']');
      return true;
    }

    private void newLine() {
      if (pretty) {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
          out.append("  ");
        }
      }
    }

    private void string(String s) {
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
