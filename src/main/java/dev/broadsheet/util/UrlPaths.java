package dev.broadsheet.util;

import java.nio.charset.StandardCharsets;

/**
 * A file's path in the site as it is written in a URL. Names of files may hold spaces and other
 * characters a URL cannot ("my photo.jpg", "100%.png"): in a {@code srcset} a space would even
 * end the address. Those are percent-encoded (as UTF-8); letters of any script in the Basic
 * Multilingual Plane, digits and the characters a path may hold are left as they are (characters
 * beyond it, such as emoji, are encoded).
 */
public final class UrlPaths {
  private UrlPaths() {}

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** {@code path} (of a file, not yet encoded) as a URL path. */
  public static String encode(String path) {
    int i = 0;
    while (i < path.length() && allowed(path.charAt(i))) {
      i++;
    }
    if (i == path.length()) {
      return path;
    }
    StringBuilder sb = new StringBuilder(path.length() + 16).append(path, 0, i);
    for (; i < path.length(); i++) {
      char c = path.charAt(i);
      if (allowed(c)) {
        sb.append(c);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < path.length() ? i + 2 : i + 1;
        for (byte b : path.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          sb.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        i = end - 1;
      }
    }
    return sb.toString();
  }

  /**
   * Whether {@code c} may stand in a URL path as it is: ASCII letters, digits and
   * {@code -._~!$&'()*+,;=:@/}, and letters beyond ASCII (which browsers encode themselves), but
   * not spaces, controls, {@code % " < > \ ^ ` { | } # ?} or other whitespace.
   */
  private static boolean allowed(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }
    return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)
        && !Character.isSurrogate(c) && c != '\uFEFF';
  }
}
