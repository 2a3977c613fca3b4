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
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InvalidTextException("a binary file, not text (it holds NUL bytes)", bytes, i);
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

  public static String normalizeNewlines(String s) {
    return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Text that is not UTF-8, with the line and column (in bytes) of the first bad byte. */
  public static final class InvalidTextException extends CharacterCodingException {
    private final String reason;
    private final int line;
    private final int column;

    InvalidTextException(String reason, byte[] bytes, int offset) {
      this.reason = reason;
      int l = 1;
      int lineStart = 0;
      for (int i = 0; i < offset && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          l++;
          lineStart = i + 1;
        }
      }
      this.line = l;
      this.column = offset - lineStart + 1;
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
