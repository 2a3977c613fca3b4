package dev.broadsheet.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Resolves a link or image reference written in an article to a path inside the site. References
 * with a scheme ({@code https:}, {@code mailto:}), protocol-relative ones and fragments are not site
 * paths and are left alone.
 */
public final class SitePathResolver {
  private SitePathResolver() {}

  /** Whether {@code ref} points at the site rather than elsewhere. */
  public static boolean isLocal(String ref) {
    return !ref.isEmpty() && !ref.startsWith("#") && !ref.startsWith("//") && !hasScheme(ref);
  }

  /** Whether {@code ref} starts with a URL scheme and its colon ({@code https:}, {@code tel:}). */
  static boolean hasScheme(String ref) {
    if (!isAsciiLetter(ref.charAt(0))) {
      return false;
    }
    for (int i = 1; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
        return false;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Whether {@code url} is safe to put in an {@code href} or {@code src}: a site path, or an
   * http, https, mailto or tel URL. {@code javascript:}, {@code data:} and others are not.
   */
  public static boolean isSafeUrl(String url) {
    if (isLocal(url) || url.startsWith("#")) {
      return true;
    }
    String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("//")
        || lower.startsWith("mailto:") || lower.startsWith("tel:");
  }

  /**
   * The site path (no leading slash, no query or fragment) that {@code ref} names, read relative to
   * {@code folder} (a folder under content/, such as {@code world}) unless it starts with a slash.
   * Empty when it climbs above the site's root.
   */
  public static Optional<String> resolve(String folder, String ref) {
    String path = ref;
    int cut = indexOfAny(path, '?', '#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    path = percentDecode(path);
    String joined = path.startsWith("/") ? path : folder + "/" + path;
    Deque<String> parts = new ArrayDeque<>();
    for (String part : joined.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else if (part.indexOf('\\') >= 0 || part.indexOf('\0') >= 0) {
        return Optional.empty();
      } else {
        parts.addLast(part);
      }
    }
    return Optional.of(String.join("/", parts));
  }

  /** The part of {@code ref} from its {@code ?} or {@code #} on, or "". */
  public static String suffix(String ref) {
    int cut = indexOfAny(ref, '?', '#');
    return cut < 0 ? "" : ref.substring(cut);
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  private static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    try {
      return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
