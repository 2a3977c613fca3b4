package dev.broadsheet.syndication;

import dev.broadsheet.model.Story;
import java.util.List;

/**
 * One set of feeds: its title and description, the site path its three files sit under ({@code ""}
 * for the whole site, {@code world/}, {@code authors/ann-lee/}), the page it mirrors, and its
 * stories, newest first (already cut to the configured count).
 */
public record FeedSpec(String title, String description, String base, String pagePath,
    List<Story> stories, String origin) {

  public static final String RSS = "feed.xml";
  public static final String ATOM = "atom.xml";
  public static final String JSON = "feed.json";
}
