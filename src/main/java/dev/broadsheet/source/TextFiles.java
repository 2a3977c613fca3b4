package dev.broadsheet.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads text files strictly as UTF-8, drops a byte-order mark and turns CRLF and CR into LF. */
public final class TextFiles {
  private TextFiles() {}

  /** The normalised text of {@code file}; invalid UTF-8 throws {@link InvalidTextException}. */
  public static String read(Path file) throws IOException {
    return decode(Files.readAllBytes(file));
  }

  public static String decode(byte[] bytes) throws CharacterCodingException {
    return decode(bytes, null);
  }

  /**
   * As {@link #decode(byte[])}, and when {@code controls} is given, with the control characters
   * other than tabs and line breaks (which a page shows as nothing, or a box) replaced by spaces,
   * one for one, {@code controls[0]} set to how many there were, {@code controls[1]} to the
   * offset of the first in {@code bytes} and {@code controls[2]} to its code.
   */
  public static String decode(byte[] bytes, int[] controls) throws CharacterCodingException {
    int start = bom(bytes) ? 3 : 0;
    int found = 0;
    for (int i = start; i < bytes.length; i++) {
      int b = bytes[i];
      if ((b & ~0x1f) == 0 || b == 0x7f) { // C0 controls and DEL: bytes of no other character
        if (b == 0) {
          throw new InvalidTextException("a binary file, not text (it holds NUL bytes)", bytes, i);
        }
        if (stray(b) && found++ == 0 && controls != null) {
          controls[1] = i;
          controls[2] = b;
        }
      }
    }
    if (controls != null) {
      controls[0] = found;
      if (found > 0) {
        bytes = bytes.clone();
        for (int i = start; i < bytes.length; i++) {
          if (stray(bytes[i])) {
            bytes[i] = ' ';
          }
        }
      }
    }
    // Decoding leniently is several times quicker; a replacement character in the result means
    // the bytes were not valid UTF-8, or held one: the strict decoder tells the two apart.
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    return normalizeNewlines(text.indexOf('\uFFFD') < 0 ? text : strict(bytes, start));
  }

  private static String strict(byte[] bytes, int start) throws CharacterCodingException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InvalidTextException("not valid UTF-8; save the file as UTF-8", bytes, in.position());
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /**
   * Control character {@code code} named for a message: "a control character (U+000B)", with
   * where a vertical tab comes from when it is one.
   */
  public static String controlCharacter(int code) {
    return String.format(java.util.Locale.ROOT, "a control character (U+%04X%s)", code,
        code == 0x0b ? ", which word processors paste for a line break" : "");
  }

  /** Whether byte {@code b} is a control character other than a tab or a line break, or DEL. */
  private static boolean stray(int b) {
    return (b & ~0x1f) == 0 && b != '\n' && b != '\t' && b != '\r' && b != 0 || b == 0x7f;
  }

  private static boolean bom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf;
  }

  /** The line and column (in characters) of {@code offset} in the UTF-8 {@code bytes}. */
  public static int[] position(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = bom(bytes) ? 3 : 0;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      // A line ends at LF, CR LF or a lone CR, as normalizeNewlines reads it.
      if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, Math.min(offset, bytes.length) - lineStart,
        StandardCharsets.UTF_8);
    return new int[] {line, before.codePointCount(0, before.length()) + 1};
  }

  public static String normalizeNewlines(String s) {
    return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Text that is not UTF-8, with the line and column of the first bad byte. */
  public static final class InvalidTextException extends CharacterCodingException {
    private final String reason;
    private final int line;
    private final int column;

    InvalidTextException(String reason, byte[] bytes, int offset) {
      this.reason = reason;
      int[] at = position(bytes, offset);
      this.line = at[0];
      this.column = at[1];
    }

    @Override
    public String getMessage() {
      return reason;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }
  }
}
