package dev.broadsheet.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans an article body to jsoup's well-kept "relaxed" allowlist, widened only by what Markdown
 * itself produces (heading ids, footnotes, tables, strikethrough), for sites whose rawHtml is
 * {@code sanitize}. Scripts, event handlers, styles, iframes and {@code javascript:} URLs go.
 */
final class HtmlSanitizer {
  private static final String BASE = "https://sanitize.invalid/";

  private final Safelist safelist = Safelist.relaxed()
      .addTags("section", "figure", "figcaption", "del", "ins", "s", "mark", "abbr", "hr",
          "details", "summary", "caption")
      .addAttributes(":all", "id", "class", "title", "lang", "dir")
      .addAttributes("a", "rel", "aria-label", "data-footnote-ref", "data-footnote-backref",
          "data-footnote-backref-idx")
      .addAttributes("section", "data-footnotes")
      .addAttributes("img", "srcset", "sizes", "loading", "decoding")
      .addAttributes("th", "align")
      .addAttributes("td", "align")
      .addProtocols("a", "href", MarkdownConverter.ARTICLE_LINK.replace(":", ""))
      .preserveRelativeLinks(true);
  private final Document.OutputSettings settings =
      new Document.OutputSettings().prettyPrint(false).outline(false);

  String clean(String html) {
    return Jsoup.clean(html, BASE, safelist, settings);
  }
}
