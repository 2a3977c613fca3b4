package dev.broadsheet.util;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A quick 128-bit hash for telling whether a page or file changed between builds: two 64-bit
 * lanes with different multipliers, mixed at the end. Not for security: it guards against
 * chance, not against someone crafting collisions (a site's own publisher has no reason to).
 */
public final class FastHash {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long M1 = 0x9E3779B97F4A7C15L;
  private static final long M2 = 0xC2B2AE3D27D4EB4FL;

  private long a = 0x243F6A8885A308D3L;
  private long b = 0x13198A2E03707344L;
  private long count;

  private void mix(long v) {
    a = Long.rotateLeft((a ^ v) * M1, 31);
    b = Long.rotateLeft((b + v) * M2, 27) ^ a;
    count++;
  }

  public FastHash add(long v) {
    mix(v);
    return this;
  }

  /** Adds {@code s}, marked off from what follows ("ab"+"c" and "a"+"bc" differ); null too. */
  public FastHash add(String s) {
    if (s == null) {
      mix(0x5A5A5A5AL);
      return this;
    }
    int n = s.length();
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      mix((long) s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
          | (long) s.charAt(i + 3) << 48);
    }
    long tail = 0;
    for (int shift = 0; i < n; i++, shift += 16) {
      tail |= (long) s.charAt(i) << shift;
    }
    mix(tail ^ ((long) n << 40) ^ 0xA5L);
    return this;
  }

  public FastHash add(byte[] bytes) {
    last(bytes, bytes.length, bytes.length);
    return this;
  }

  /** Mixes in the first {@code n} bytes of {@code block}, a multiple of 8. */
  private void words(byte[] block, int n) {
    for (int i = 0; i < n; i += 8) {
      mix((long) LONGS.get(block, i));
    }
  }

  /** Mixes in the first {@code n} bytes of {@code block}, the last of {@code total} in all. */
  private void last(byte[] block, int n, long total) {
    int whole = n & ~7;
    words(block, whole);
    long tail = 0;
    for (int i = whole, shift = 0; i < n; i++, shift += 8) {
      tail |= (block[i] & 0xFFL) << shift;
    }
    mix(tail ^ (total << 8));
  }

  /** The hash so far, as 32 hex digits. */
  public String hex() {
    long x = first();
    java.util.HexFormat hex = java.util.HexFormat.of();
    return hex.toHexDigits(x) + hex.toHexDigits(second(x));
  }

  /** The first 64 bits of the hash so far (the first 16 digits of {@link #hex}). */
  public long first() {
    return fmix(a ^ count);
  }

  /** The last 64 bits of the hash so far (the last 16 digits of {@link #hex}). */
  public long second() {
    return second(first());
  }

  private long second(long first) {
    return fmix(b + first);
  }

  /** The hash of {@code bytes}. */
  public static String of(byte[] bytes) {
    return new FastHash().add(bytes).hex();
  }

  /**
   * The hash of the bytes {@code in} gives, read a block at a time: the same as {@link
   * #of(byte[])} of them all, for files too large to hold in memory.
   */
  public static String of(java.io.InputStream in) throws java.io.IOException {
    FastHash h = new FastHash();
    byte[] block = new byte[1 << 16];
    long total = 0;
    int n;
    // Blocks are filled whole (a multiple of 8 bytes) but for the last, so the words line up.
    while ((n = in.readNBytes(block, 0, block.length)) == block.length) {
      h.words(block, n);
      total += n;
    }
    h.last(block, n, total + n);
    return h.hex();
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xFF51AFD7ED558CCDL;
    k ^= k >>> 33;
    k *= 0xC4CEB9FE1A85EC53L;
    k ^= k >>> 33;
    return k;
  }
}
