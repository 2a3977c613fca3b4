package dev.broadsheet.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finishes an article body's links once URLs exist: the Markdown stage leaves links to other
 * articles' files as {@code href="broadsheet-article:world/x.md#frag"}; here they become the
 * articles' URLs. A link to an article this build does not publish loses its {@code href}.
 */
public final class BodyLinks {
  /** The prefix the Markdown stage writes; it must match {@code MarkdownConverter.ARTICLE_LINK}. */
  public static final String PREFIX = "broadsheet-article:";

  private static final Pattern ARTICLE_HREF =
      Pattern.compile("href=\"" + Pattern.quote(PREFIX) + "([^\"#]*)(#[^\"]*)?\"");
  private static final Pattern ROOT_RELATIVE = Pattern.compile("(href|src)=\"/(?!/)");

  private BodyLinks() {}

  /** The body with links to article files replaced by the articles' URLs from the server root. */
  public static String resolve(String html, Site site) {
    if (!html.contains(PREFIX)) {
      return html;
    }
    Matcher m = ARTICLE_HREF.matcher(html);
    StringBuilder sb = new StringBuilder(html.length());
    while (m.find()) {
      String source = "content/" + URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
      String path = site.pathsBySource().get(source);
      String fragment = m.group(2) == null ? "" : m.group(2);
      String replacement = path == null ? "data-unpublished=\"true\""
          : "href=\"" + site.config().basePath() + path + fragment + "\"";
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * The body with every root-relative {@code href} and {@code src} made absolute against
   * {@code origin} ({@code https://news.example.com}), for feeds read away from the site.
   */
  public static String absolute(String html, String origin) {
    return ROOT_RELATIVE.matcher(html).replaceAll("$1=\"" + Matcher.quoteReplacement(origin) + "/");
  }
}
