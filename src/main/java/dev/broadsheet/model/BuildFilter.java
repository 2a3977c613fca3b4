package dev.broadsheet.model;

import java.time.ZonedDateTime;

/**
 * Which articles a build publishes: drafts only with {@code drafts}; articles dated after
 * {@code now}, or under an embargo that has not lifted, only with {@code future}.
 */
public record BuildFilter(ZonedDateTime now, boolean drafts, boolean future) {

  public boolean publishes(Article a) {
    return (drafts || !a.draft()) && (future || !isScheduled(a));
  }

  /** Dated in the future, or embargoed until a time still ahead. */
  public boolean isScheduled(Article a) {
    return a.date().isAfter(now) || (a.embargo() != null && a.embargo().isAfter(now));
  }

  /** When the article may appear: the later of its date and its embargo. */
  public static ZonedDateTime dueAt(Article a) {
    return a.embargo() != null && a.embargo().isAfter(a.date()) ? a.embargo() : a.date();
  }
}
