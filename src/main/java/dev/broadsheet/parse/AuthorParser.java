package dev.broadsheet.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.config.SiteConfigLoader;
import dev.broadsheet.model.AuthorProfile;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.source.SourceFile;
import dev.broadsheet.source.TextFiles;
import dev.broadsheet.yaml.Fields;
import dev.broadsheet.yaml.YamlDocument;
import dev.broadsheet.yaml.YamlException;
import dev.broadsheet.yaml.YamlReader;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an author profile, {@code content/authors/<id>.yaml}: name (required), role, bio, photo and
 * links. {@code email}, {@code website}, {@code mastodon} and {@code x} may also stand at the top.
 */
public final class AuthorParser {
  static final List<String> LINK_KEYS = List.of("website", "email", "mastodon", "x", "bluesky",
      "linkedin", "github");
  static final List<String> KEYS = List.of("name", "role", "bio", "photo", "links", "website",
      "email", "mastodon", "x", "bluesky", "linkedin", "github");

  private final YamlReader yaml;
  private final String basePath;

  public AuthorParser(YamlReader yaml, String basePath) {
    this.yaml = yaml;
    this.basePath = basePath;
  }

  public Optional<AuthorProfile> parse(SourceFile source, Problems problems) {
    String file = source.path();
    String id = source.stem();
    if (!SiteConfigLoader.isKey(id)) {
      problems.error(file, 0, 0, "author file name '" + id + "' must be an id of lower-case letters,"
          + " digits and '-', such as jane-doe.yaml");
      return Optional.empty();
    }
    YamlDocument doc;
    try {
      doc = yaml.readMapping(TextFiles.read(source.file()), 0);
    } catch (TextFiles.InvalidTextException e) {
      problems.error(file, e.line(), e.column(), e.getMessage());
      return Optional.empty();
    } catch (YamlException e) {
      problems.error(file, e.position().line(), e.position().column(), e.getMessage());
      return Optional.empty();
    } catch (IOException e) {
      problems.error(file, 0, 0, "cannot read: " + e.getMessage());
      return Optional.empty();
    }
    Problems local = new Problems();
    Fields f = new Fields(doc, file, local);
    for (String key : f.unknownKeys("", KEYS)) {
      String hint = Fields.suggestion(key, KEYS);
      f.errorAtKey("/" + key, "unknown author key '" + key + "'"
          + (hint.isEmpty() ? "; a profile has name, role, bio, photo and links" : hint));
    }
    Optional<String> name = f.text("/name");
    if (name.isEmpty()) {
      local.error(file, 1, 1, "author profile needs 'name:', as it appears in the byline");
    }
    Map<String, String> links = new LinkedHashMap<>();
    for (String key : LINK_KEYS) {
      f.text("/" + key).ifPresent(v -> addLink(f, "/" + key, key, v, links));
    }
    JsonNode linkNode = f.node("/links");
    if (linkNode != null && !linkNode.isObject()) {
      f.error("/links", "'links' must be a mapping such as 'website: https://...'");
    } else if (linkNode != null) {
      for (Iterator<String> it = linkNode.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        f.text("/links/" + key).ifPresent(v -> addLink(f, "/links/" + key, key, v, links));
      }
    }
    String photo = f.text("/photo").map(p -> photo(f, p)).orElse(null);
    local.sorted().forEach(problems::add);
    if (local.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new AuthorProfile(id, name.get(), f.text("/role").orElse(null),
        f.text("/bio").orElse(null), photo, Map.copyOf(links).isEmpty() ? Map.of()
            : java.util.Collections.unmodifiableMap(links), file));
  }

  private static void addLink(Fields f, String ptr, String key, String value, Map<String, String> links) {
    String url = link(key, value);
    if (SitePathResolver.isSafeUrl(url)) {
      links.put(key, url);
    } else {
      f.error(ptr, "link '" + value + "' must be an http(s) or mailto: URL");
    }
  }

  private String photo(Fields f, String value) {
    if (!SitePathResolver.isSafeUrl(value)) {
      f.error("/photo", "photo '" + value + "' must be a file of the site or an http(s) URL");
      return null;
    }
    if (!SitePathResolver.isLocal(value)) {
      return value;
    }
    Optional<String> path = SitePathResolver.resolve("authors", value);
    if (path.isEmpty()) {
      f.error("/photo", "photo '" + value + "' points outside the site");
      return null;
    }
    return basePath + path.get();
  }

  /** A URL for a link value: e-mail addresses get mailto:, handles on X get their profile URL. */
  static String link(String key, String value) {
    if (key.equals("email") && !value.startsWith("mailto:")) {
      return "mailto:" + value;
    }
    if (key.equals("x") && value.startsWith("@")) {
      return "https://x.com/" + value.substring(1);
    }
    return value;
  }
}
