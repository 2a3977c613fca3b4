package dev.broadsheet.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a request path into a path inside the served folder, or refuses it: no {@code ..} or
 * {@code .} segments (however encoded), no encoded slashes or backslashes, no NUL bytes, nothing
 * but an absolute path from the root.
 */
final class SafePaths {
  private SafePaths() {}

  /** The relative path a request names ({@code ""} for the root), or empty when it is refused. */
  static Optional<String> relative(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/") || rawPath.startsWith("//")) {
      return Optional.empty();
    }
    String lower = rawPath.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
      return Optional.empty();
    }
    Optional<String> decoded = percentDecode(rawPath);
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    String path = decoded.get();
    if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    for (String segment : path.substring(1).split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return Optional.empty();
      }
      if (segment.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(segment);
    }
    if (path.endsWith("/") && out.length() > 0) {
      out.append('/');
    }
    return Optional.of(out.toString());
  }

  /** Decodes %XX escapes as UTF-8 (a '+' stays a '+' in a path); empty when malformed. */
  static Optional<String> percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return Optional.of(s);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    return Optional.of(bytes.toString(StandardCharsets.UTF_8));
  }
}
