package dev.broadsheet.scaffold;

import dev.broadsheet.source.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code broadsheet init}: a new site that builds at once, with a commented site.yaml, a sample
 * article in each of three sections, an author profile and a .gitignore; with
 * {@code withTemplates}, a copy of the default theme to customise.
 */
public final class SiteScaffold {

  /** Refused because the folder is not empty, or cannot be written. */
  public static final class ScaffoldException extends Exception {
    public ScaffoldException(String message) {
      super(message);
    }
  }

  private SiteScaffold() {}

  /** Writes the site into {@code dir} and returns the files written, relative to it. */
  public static List<String> create(Path dir, boolean withTemplates, boolean force, ZonedDateTime now)
      throws ScaffoldException, IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ScaffoldException(named(dir) + " is a file, not a folder");
    }
    if (Files.isDirectory(dir) && !force) {
      try (Stream<Path> s = Files.list(dir)) {
        if (s.findAny().isPresent()) {
          throw new ScaffoldException(named(dir) + " is not empty; choose a new folder, or pass"
              + " --force to add the site's files to it (existing files are kept)");
        }
      }
    }
    List<String> written = new ArrayList<>();
    ZonedDateTime t = now.withZoneSameInstant(ZoneOffset.UTC).withNano(0).withSecond(0);
    write(dir, "site.yaml", SITE_YAML, written);
    write(dir, ".gitignore", "/output/\n/.broadsheet-*/\n", written);
    write(dir, "content/authors/sam-writer.yaml", AUTHOR, written);
    write(dir, "content/world/talks-resume.md", article("Talks resume after a week of deadlock",
        "Negotiators return to the table with a new proposal on the border crossings.",
        t.minusHours(2), "world", "Geneva", "[Diplomacy]", WORLD_BODY), written);
    write(dir, "content/business/factory-orders-rise.md", article("Factory orders rise for a third month",
        "Manufacturers report stronger demand at home and abroad.",
        t.minusHours(5), "business", null, "[Economy, Manufacturing]", BUSINESS_BODY), written);
    write(dir, "content/culture/library-reopens.md", article("The city library reopens after its renovation",
        "A new reading room, longer hours and a café on the roof.",
        t.minusHours(26), "culture", null, "[Books, Architecture]", CULTURE_BODY), written);
    write(dir, "static/.keep", "", written);
    if (withTemplates) {
      for (Theme.File f : Theme.files("")) {
        Path target = dir.resolve("templates").resolve(f.path());
        if (!Files.exists(target)) {
          Files.createDirectories(target.getParent());
          try (InputStream in = f.opener().open()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
          written.add("templates/" + f.path());
        }
      }
    }
    return written;
  }

  private static void write(Path dir, String path, String text, List<String> written) throws IOException {
    Path file = dir.resolve(path);
    if (Files.exists(file)) {
      return;
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    written.add(path);
  }

  private static String article(String title, String dek, ZonedDateTime date, String section,
      String location, String tags, String body) {
    return "---\n"
        + "title: \"" + title + "\"\n"
        + "dek: \"" + dek + "\"\n"
        + "date: " + date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n"
        + "authors: [sam-writer]\n"
        + "section: " + section + "\n"
        + "tags: " + tags + "\n"
        + (location == null ? "" : "location: " + location + "\n")
        + "---\n\n" + body;
  }

  private static final String SITE_YAML = """
      # The site's settings. Only title is required; every key is described in
      # docs/configuration.md of Broadsheet.
      title: My News Site
      description: News, written with care.

      # Where the site will be served from. Every link and feed uses it.
      baseUrl: https://news.example.com/
      # The language of the pages (a BCP 47 tag) and the time zone dates are shown in. The
      # theme's words come in en, fr, de, es, it and pt; change any of them under labels:
      # (see docs/languages.md of Broadsheet).
      language: en
      timeZone: UTC

      publisher:
        name: My News Site
        # logo: images/logo.png     # a file under static/

      # A picture for social cards of articles without a lead image (1200 x 630 works best).
      # defaultImage: images/card.png

      # The sections, in the order of the navigation and the home page.
      sections:
        - key: world
          title: World
          description: News from around the world.
        - key: business
          title: Business
          description: Markets, companies and the economy.
        - key: culture
          title: Culture
          description: Books, film, music and the arts.

      # Article URLs. Tokens: :section :year :month :day :slug :author
      permalink: /:section/:year/:month/:day/:slug/

      # Articles per page on section, topic, author and archive pages.
      pageSize: 20

      # How many articles each home-page block shows.
      home:
        topStories: 4
        perSection: 4
        latest: 10

      # Feeds: how many items, and whether items carry the whole article (or only the summary).
      feeds:
        items: 20
        fullText: false

      # Anything of your own, for your templates (site.extra.<key>).
      extra: {}
      """;

  private static final String AUTHOR = """
      name: Sam Writer
      role: Reporter
      bio: Sam reports for My News Site. Edit this profile in content/authors/sam-writer.yaml.
      links:
        email: sam@news.example.com
      """;

  private static final String WORLD_BODY = """
      Negotiators met again on Tuesday after a week in which neither side would return to the
      table. This sample article shows the parts of a story: a headline, a dek, a byline, a
      dateline and a body in Markdown.

      ## What comes next

      Edit this file in `content/world/`, or write a new one with `broadsheet new "Headline"`.
      """;

  private static final String BUSINESS_BODY = """
      Orders for manufactured goods rose for the third month in a row, according to figures
      published on Wednesday. A table shows the trend:

      | Month | Change |
      |---|---|
      | August | +0.4 % |
      | September | +0.6 % |
      | October | +0.9 % |
      """;

  private static final String CULTURE_BODY = """
      The central library opened its doors again on Saturday after two years of building work.

      > It feels like a new building, and like the old one at the same time.

      Visitors can read more about Broadsheet's [Markdown](https://commonmark.org/help/) in its docs.
      """;

  /** {@code dir} as a message names it: an empty path is the current folder. */
  private static String named(Path dir) {
    return dir.toString().isEmpty() ? "the current folder" : dir.toString();
  }
}
