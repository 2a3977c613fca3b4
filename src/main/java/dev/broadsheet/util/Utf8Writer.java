package dev.broadsheet.util;

import java.io.Writer;
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
  private final char[] chunk = new char[2048];
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
    for (int i = off; i < off + len; i++) {
      put(cbuf[i]);
    }
  }

  @Override
  public void write(String str, int off, int len) {
    while (len > 0) {
      int n = Math.min(len, chunk.length);
      str.getChars(off, off + n, chunk, 0);
      write(chunk, 0, n);
      off += n;
      len -= n;
    }
  }

  private void put(char c) {
    if (size + 4 > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + 4));
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
