package dev.broadsheet.cache;

import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Numbers of at most 32 bits written seven bits a byte, low bits first, the high bit of a byte
 * saying another follows: the small numbers the caches hold (term numbers, gaps between story
 * places) take one or two bytes.
 */
final class Varints {
  private Varints() {}

  /** Writes {@code value} into {@code out} at {@code at}; returns where the next one goes. */
  private static int put(byte[] out, int at, int value) {
    while ((value & ~0x7F) != 0) {
      out[at++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out[at++] = (byte) value;
    return at;
  }

  /** The bytes of {@code values}, at most five a number. */
  private static byte[] of(int[] values) {
    byte[] out = new byte[values.length * 5];
    int n = 0;
    for (int v : values) {
      n = put(out, n, v);
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Writes {@code values} as their count, the length of their bytes, and the bytes. */
  static void write(DataOutput out, int[] values) throws IOException {
    byte[] bytes = of(values);
    out.writeInt(values.length);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** The numbers {@link #write} wrote. */
  static int[] read(DataInputStream in) throws IOException {
    return read(in, in.readInt());
  }

  /** As {@link #read(DataInputStream)}, their count already read as {@code n}. */
  static int[] read(DataInputStream in, int n) throws IOException {
    int[] values = new int[ParsedCodec.checked(n, in)];
    read(in.readNBytes(ParsedCodec.count(in)), values);
    return values;
  }

  /** Fills {@code out} with the numbers {@code bytes} hold; damaged when they are not that many. */
  private static void read(byte[] bytes, int[] out) throws IOException {
    int at = 0;
    for (int i = 0; i < out.length; i++) {
      int v = 0;
      for (int shift = 0; ; shift += 7) {
        if (at == bytes.length || shift > 28) {
          throw new IOException("a damaged number");
        }
        byte b = bytes[at++];
        v |= (b & 0x7F) << shift;
        if (b >= 0) {
          break;
        }
      }
      out[i] = v;
    }
  }
}
