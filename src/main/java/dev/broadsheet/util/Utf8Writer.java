package dev.broadsheet.util;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes what it is given as UTF-8 into a growing array of bytes: a rendered page
 * goes straight to the bytes written, without a string of it in between. A page with a single
 * character beyond Latin-1 (a curly quote, a dash) would make that string two bytes a character,
 * to be compressed, copied and encoded again. Gives the bytes {@code String.getBytes(UTF_8)}
 * gives, a lone surrogate included (as {@code ?}), however the text is split between writes.
 */
public final class Utf8Writer extends Writer {
  private byte[] bytes;
  private int size;
  /** A high surrogate written last, waiting for its low half; 0 when none. */
  private char high;

  public Utf8Writer(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  @Override
  public void write(int c) {
    put((char) c);
  }

  @Override
  public void write(char[] cbuf, int off, int len) {
    int end = off + len;
    int i = off;
    while (i < end) {
      // A run of ASCII, nearly all of a page, copied without the checks put makes a character.
      if (bytes.length - size < end - i) {
        grow(end - i);
      }
      byte[] b = bytes;
      int s = size;
      if (high == 0) {
        for (char c; i < end && (c = cbuf[i]) < 0x80; i++) {
          b[s++] = (byte) c;
        }
      }
      size = s;
      if (i < end) {
        put(cbuf[i++]);
      }
    }
  }

  /**
   * Encodes {@code str} with {@code String.getBytes}, which copies a string of ASCII as it
   * stands, where taking its characters one by one costs several times as much. A surrogate pair
   * split between writes is joined by {@link #put}.
   */
  @Override
  public void write(String str, int off, int len) {
    int end = off + len;
    while (high != 0 && off < end) {
      put(str.charAt(off++));
    }
    boolean splitPair = off < end && Character.isHighSurrogate(str.charAt(end - 1));
    if (splitPair) {
      end--;
    }
    if (off < end) {
      byte[] utf8 = str.substring(off, end).getBytes(StandardCharsets.UTF_8);
      if (bytes.length - size < utf8.length) {
        grow(utf8.length);
      }
      System.arraycopy(utf8, 0, bytes, size, utf8.length);
      size += utf8.length;
    }
    if (splitPair) {
      put(str.charAt(end));
    }
  }

  /**
   * Writes text whose UTF-8 bytes are {@code utf8} and which holds no surrogate, as
   * {@link #write(String)} would: the bytes are copied, unless a high surrogate written last
   * waits for its other half (it is then written as {@code ?}, as it would be).
   */
  public void writeUtf8(byte[] utf8) {
    if (utf8.length == 0) {
      return;
    }
    if (high != 0) {
      high = 0;
      put('?');
    }
    if (bytes.length - size < utf8.length) {
      grow(utf8.length);
    }
    System.arraycopy(utf8, 0, bytes, size, utf8.length);
    size += utf8.length;
  }

  private void grow(int more) {
    bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
  }

  private void put(char c) {
    if (size + 4 > bytes.length) {
      grow(4);
    }
    if (high != 0) {
      char h = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(h, c);
        bytes[size++] = (byte) (0xF0 | (cp >> 18));
        bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (cp & 0x3F));
        return;
      }
      bytes[size++] = '?';
      put(c);
      return;
    }
    if (c < 0x80) {
      bytes[size++] = (byte) c;
    } else if (c < 0x800) {
      bytes[size++] = (byte) (0xC0 | (c >> 6));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      bytes[size++] = '?';
    } else {
      bytes[size++] = (byte) (0xE0 | (c >> 12));
      bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  /** The largest array {@link #reset} keeps: a rare huge page's is let go. */
  private static final int KEPT = 1 << 20;

  /** Empties the writer, keeping its array (unless it grew huge) for what is written next. */
  public void reset() {
    size = 0;
    high = 0;
    if (bytes.length > KEPT) {
      bytes = new byte[KEPT];
    }
  }

  /** The bytes written so far (a high surrogate left without its low half as {@code ?}). */
  public byte[] toByteArray() {
    byte[] out = Arrays.copyOf(bytes, size + (high != 0 ? 1 : 0));
    if (high != 0) {
      out[size] = '?';
    }
    return out;
  }

  @Override
  public void flush() {
    // Nothing is held back but a surrogate's first half, which toByteArray settles.
  }

  @Override
  public void close() {
    // Nothing to release.
  }
}
