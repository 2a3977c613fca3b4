package dev.broadsheet.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An article URL pattern such as {@code /:section/:year/:month/:day/:slug/}. It must start with a
 * slash, name {@code :slug}, and end with a slash (written as {@code .../index.html}) or
 * {@code .html}. Parts are literal words or tokens; nothing in it can climb out of the site.
 */
public record PermalinkPattern(String pattern, List<String> parts) {
  public static final String DEFAULT = "/:section/:year/:month/:day/:slug/";
  public static final Set<String> TOKENS =
      Set.of(":section", ":year", ":month", ":day", ":slug", ":author");

  /** Parses a pattern, or throws {@link IllegalArgumentException} with what is wrong and the fix. */
  public static PermalinkPattern parse(String pattern) {
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException("permalink must start with '/', like " + DEFAULT);
    }
    if (!pattern.endsWith("/") && !pattern.endsWith(".html")) {
      throw new IllegalArgumentException("permalink must end with '/' or '.html'");
    }
    String body = pattern.substring(1);
    List<String> parts = new ArrayList<>();
    boolean slug = false;
    for (String part : body.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      String stem = part.endsWith(".html") ? part.substring(0, part.length() - 5) : part;
      if (stem.startsWith(":")) {
        if (!TOKENS.contains(stem)) {
          throw new IllegalArgumentException(
              "unknown permalink token '" + stem + "'; use " + String.join(", ", sorted()));
        }
        slug |= stem.equals(":slug");
      } else if (!stem.matches("[a-z0-9][a-z0-9._-]*") || stem.contains("..")) {
        throw new IllegalArgumentException(
            "permalink part '" + part + "' must be lower-case letters, digits, '-', '_' or a token");
      }
      parts.add(part);
    }
    if (!slug) {
      throw new IllegalArgumentException("permalink must contain :slug, so every article has its own URL");
    }
    return new PermalinkPattern(pattern, List.copyOf(parts));
  }

  public boolean endsWithSlash() {
    return pattern.endsWith("/");
  }

  private static List<String> sorted() {
    return TOKENS.stream().sorted().toList();
  }
}
