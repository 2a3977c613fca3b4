package dev.broadsheet.config;

/** How feeds are written: how many items each holds, and whether items carry the full text. */
public record FeedConfig(int items, boolean fullText) {
  public static final FeedConfig DEFAULT = new FeedConfig(20, true);
}
