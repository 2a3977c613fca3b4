package dev.broadsheet.model;

import dev.broadsheet.config.PermalinkPattern;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The one source of URLs. Paths are relative to the site root, without a leading slash, and end with
 * a slash for pretty URLs ({@code world/}, {@code tags/china/}); the file written for such a path is
 * its {@code index.html}.
 */
public final class Permalinks {
  private Permalinks() {}

  /** The article's path from the site's permalink pattern. */
  public static String article(PermalinkPattern pattern, Article a, List<String> authorIds) {
    ZonedDateTime d = a.date();
    StringBuilder sb = new StringBuilder();
    for (String part : pattern.parts()) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      String stem = part.endsWith(".html") ? part.substring(0, part.length() - 5) : part;
      String value = switch (stem) {
        case ":section" -> a.section();
        case ":year" -> padded(d.getYear(), 4);
        case ":month" -> padded(d.getMonthValue(), 2);
        case ":day" -> padded(d.getDayOfMonth(), 2);
        case ":slug" -> a.slug();
        case ":author" -> authorIds.isEmpty() ? "staff" : authorIds.get(0);
        default -> stem;
      };
      sb.append(value).append(part.endsWith(".html") ? ".html" : "");
    }
    return pattern.endsWithSlash() ? sb + "/" : sb.toString();
  }

  public static String section(String key) {
    return key + "/";
  }

  public static String tags() {
    return "tags/";
  }

  public static String tag(String slug) {
    return "tags/" + slug + "/";
  }

  public static String authors() {
    return "authors/";
  }

  public static String author(String id) {
    return "authors/" + id + "/";
  }

  public static String archive() {
    return "archive/";
  }

  public static String archiveYear(int year) {
    return "archive/" + year + "/";
  }

  public static String archiveMonth(int year, int month) {
    return "archive/" + padded(year, 4) + "/" + padded(month, 2) + "/";
  }

  /**
   * {@code value} in decimal, zero-padded to {@code width} digits, as {@code %0Nd} formats it
   * (which costs ten times as much, and is called for every article).
   */
  static String padded(int value, int width) {
    if (value < 0) {
      return String.format(java.util.Locale.ROOT, "%0" + width + "d", value);
    }
    String digits = Integer.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** Page {@code n} (1-based) of a list at {@code base}: the first page is the bare URL. */
  public static String page(String base, int n) {
    return n <= 1 ? base : base + "page/" + n + "/";
  }

  /** The file written for {@code path}: {@code index.html} inside a pretty URL. */
  public static String file(String path) {
    return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
  }
}
