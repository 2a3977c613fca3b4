package dev.broadsheet.config;

/**
 * How feeds are written: how many items each holds, whether items carry the full text, and
 * whether each topic has feeds of its own. By default items carry the summary, as news sites'
 * feeds mostly do: it brings readers to the site, and keeps the hundreds of section, topic and
 * author feeds small.
 */
public record FeedConfig(int items, boolean fullText, boolean topics) {
  public static final FeedConfig DEFAULT = new FeedConfig(20, false, true);
}
