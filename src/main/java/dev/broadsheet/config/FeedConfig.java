package dev.broadsheet.config;

/**
 * How feeds are written: how many items each holds, and whether items carry the full text. By
 * default they carry the summary, as news sites' feeds mostly do: it brings readers to the site,
 * and keeps the dozens of section and author feeds small.
 */
public record FeedConfig(int items, boolean fullText) {
  public static final FeedConfig DEFAULT = new FeedConfig(20, false);
}
