package dev.broadsheet.scaffold;

import dev.broadsheet.config.SectionConfig;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SitePaths;
import dev.broadsheet.model.Slugs;
import dev.broadsheet.render.Templates;
import dev.broadsheet.util.Spelling;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code broadsheet new}: writes {@code content/<section>/<slug>.md} from the archetype
 * {@code archetypes/article.md.ftl} (the site's own, else the theme's), dated now in the site's time
 * zone and marked as a draft. It never overwrites a file.
 */
public final class ArticleScaffold {
  /** The archetype's template name. */
  public static final String ARCHETYPE = "archetypes/article.md.ftl";

  private final SitePaths paths;
  private final SiteConfig config;

  public ArticleScaffold(SitePaths paths, SiteConfig config) {
    this.paths = paths;
    this.config = config;
  }

  /** Why an article could not be written, said for the publisher. */
  public static final class ScaffoldException extends Exception {
    public ScaffoldException(String message) {
      super(message);
    }
  }

  /** {@code text} as a YAML double-quoted scalar: only backslashes, quotes and controls escaped. */
  static String yamlQuote(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /**
   * Writes the article and returns its path. {@code section} and {@code slug} may be null: the
   * first declared section (else the default one) and a slug from the headline. {@code live}:
   * the article starts live coverage, with a first update at {@code now}.
   */
  public Path create(String headline, String section, String slug, List<String> authors,
      boolean live, ZonedDateTime now) throws ScaffoldException, IOException {
    if (headline.isBlank()) {
      throw new ScaffoldException("the headline is empty");
    }
    String key = section != null ? Slugs.asciiSlug(section)
        : config.sections().isEmpty() ? config.defaultSection() : config.sections().get(0).key();
    if (key.isEmpty()) {
      throw new ScaffoldException("section '" + section + "' has no letters or digits; use a key such as world");
    }
    List<String> declared = config.sections().stream().map(SectionConfig::key).toList();
    if (section != null && !declared.isEmpty() && !declared.contains(key)) {
      String hint = Spelling.suggestion(key, declared);
      throw new ScaffoldException("section '" + key + "' is not declared in site.yaml (its"
          + " sections: " + String.join(", ", declared) + ")" + (hint.isEmpty()
              ? "; to start a new section, add it under 'sections:' in site.yaml first" : hint));
    }
    String fileSlug = slug != null ? slug : Slugs.forLanguage(config.language()).apply(headline);
    if (!Slugs.isSlug(fileSlug)) {
      throw new ScaffoldException("slug '" + fileSlug + "' may hold only lower-case letters, digits"
          + " and single hyphens");
    }
    String tooLong = Slugs.tooLong(fileSlug, "file");
    if (tooLong != null) {
      throw new ScaffoldException(tooLong);
    }
    Path file = paths.content().resolve(key).resolve(fileSlug + ".md");
    if (Files.exists(file)) {
      throw new ScaffoldException(paths.relative(file) + " already exists; choose another headline"
          + " or pass --slug");
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", headline.strip());
    model.put("titleYaml", yamlQuote(headline.strip()));
    model.put("slug", fileSlug);
    model.put("section", key);
    ZonedDateTime local = now.withZoneSameInstant(config.timeZone()).withSecond(0).withNano(0);
    model.put("date", local.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    model.put("live", live);
    model.put("time", local.format(DateTimeFormatter.ofPattern("HH:mm")));
    model.put("authors", authors);
    model.put("authorsYaml", "[" + String.join(", ", authors.stream().map(ArticleScaffold::yamlQuote)
        .toList()) + "]");
    model.put("siteTitle", config.title());
    String text;
    try {
      Template template = new Templates(paths.templates(), config.locale())
          .configuration().getTemplate(ARCHETYPE);
      StringWriter out = new StringWriter();
      template.process(model, out);
      text = out.toString();
    } catch (TemplateException e) {
      throw new ScaffoldException("the archetype " + ARCHETYPE + " failed at line "
          + e.getLineNumber() + ": " + e.getMessageWithoutStackTop().lines().findFirst().orElse(""));
    }
    Files.createDirectories(file.getParent());
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw new ScaffoldException(paths.relative(file) + " already exists");
    }
    return file;
  }
}
