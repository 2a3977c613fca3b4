package dev.broadsheet.model;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One parsed article, before the site is shaped around it. Optional parts are null. {@code source} is
 * the file's path relative to the site ({@code content/world/summit.md}); {@code lines} gives the line
 * of some front-matter keys ({@code section}, {@code slug}, {@code date}, {@code image}) for later
 * messages. {@code live}: the article is live coverage going on, whose {@code updates} are its
 * body's headings that start with a time, as written (newest first, as a live page reads).
 * {@code breaking}: the article is breaking news, labelled so for the site's {@code breakingHours}
 * after its date. {@code body} is the rendered Markdown; {@code links} are its links to other articles; {@code extra} holds the keys the model does not
 * know.
 */
public record Article(
    String source,
    String title,
    String dek,
    ZonedDateTime date,
    ZonedDateTime updated,
    ZonedDateTime embargo,
    List<String> authors,
    String credit,
    String section,
    List<String> tags,
    String location,
    Image image,
    String summary,
    String slug,
    boolean featured,
    boolean draft,
    List<Correction> corrections,
    boolean live,
    List<LiveUpdate> updates,
    boolean breaking,
    Body body,
    int wordCount,
    List<ArticleLink> links,
    Map<String, Integer> lines,
    Map<String, Object> extra) {

  /** The body's HTML (made again from the file when it was not kept in memory). */
  public String bodyHtml() {
    return body.html();
  }

  /** This article with another body (the same body, kept or dropped from memory). */
  public Article withBody(Body other) {
    return new Article(source, title, dek, date, updated, embargo, authors, credit, section, tags,
        location, image, summary, slug, featured, draft, corrections, live, updates, breaking, other,
        wordCount, links, lines, extra);
  }

  /** When the article stops being breaking news, {@code hours} after its date; null if it never is. */
  public ZonedDateTime breakingUntil(int hours) {
    return breaking ? date.plusHours(hours) : null;
  }

  /** The line of front-matter key {@code key}, or 1 when it was not written. */
  public int lineOf(String key) {
    return lines.getOrDefault(key, 1);
  }

  /**
   * The latest of the update time, the corrections' times and the live updates' times, else the
   * publication time.
   */
  public ZonedDateTime lastModified() {
    ZonedDateTime last = updated != null && updated.isAfter(date) ? updated : date;
    for (Correction c : corrections) {
      if (c.date().isAfter(last)) {
        last = c.date();
      }
    }
    for (LiveUpdate u : updates) {
      if (u.time().isAfter(last)) {
        last = u.time();
      }
    }
    return last;
  }
}
