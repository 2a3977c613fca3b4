package dev.broadsheet.syndication;

/**
 * Absolute URLs from the base URL, for everything read away from the site: feeds, sitemaps,
 * metadata.
 */
public record Urls(String baseUrl, String basePath) {

  /** The absolute URL of site path {@code path} ({@code world/} -> {@code https://x.org/world/}). */
  public String absolute(String path) {
    return baseUrl + path;
  }

  /** The scheme and host of the base URL, without a path: {@code https://x.org}. */
  public String origin() {
    return baseUrl.substring(0, baseUrl.length() - basePath.length());
  }

  /** An image URL as the model keeps it (a URL from the server root, or absolute) made absolute. */
  public String image(String url) {
    return url.startsWith("/") && !url.startsWith("//") ? origin() + url : url;
  }
}
