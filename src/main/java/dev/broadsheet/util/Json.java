package dev.broadsheet.util;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;

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

  /** {@code value} as JSON on one line, for embedding in pages. */
  public static String compact(Object value) {
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
