package dev.broadsheet.model;

import dev.broadsheet.config.SiteConfig;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole site, shaped: every published story (newest first), sections in the site's order, tags
 * by slug, authors by id, the archive, related stories and neighbours by story path, and the home
 * page. {@code pathsBySource} maps each published article's file to its URL path. {@code nextDue} is when the next scheduled or embargoed article falls due or a breaking label ends, if either.
 */
public record Site(
    SiteConfig config,
    ZonedDateTime now,
    List<Story> stories,
    List<Section> sections,
    Map<String, Tag> tags,
    Map<String, Author> authors,
    List<ArchiveYear> archive,
    Map<String, List<Story>> related,
    Map<String, Story> previous,
    Map<String, Story> next,
    Home home,
    Map<String, String> pathsBySource,
    Optional<ZonedDateTime> nextDue) {

  public Section section(String key) {
    return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }
}
