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
        case ":year" -> String.format(java.util.Locale.ROOT, "%04d", d.getYear());
        case ":month" -> String.format(java.util.Locale.ROOT, "%02d", d.getMonthValue());
        case ":day" -> String.format(java.util.Locale.ROOT, "%02d", d.getDayOfMonth());
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
    return String.format(java.util.Locale.ROOT, "archive/%04d/%02d/", year, month);
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
