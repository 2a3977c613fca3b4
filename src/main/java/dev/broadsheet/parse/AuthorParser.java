package dev.broadsheet.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.config.SiteConfigLoader;
import dev.broadsheet.images.ImagePipeline;
import dev.broadsheet.model.AuthorProfile;
import dev.broadsheet.model.ImageInfo;
import dev.broadsheet.problem.Problem;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.problem.Severity;
import dev.broadsheet.source.SourceFile;
import dev.broadsheet.source.TextFiles;
import dev.broadsheet.util.IoErrors;
import dev.broadsheet.util.Spelling;
import dev.broadsheet.util.UrlPaths;
import dev.broadsheet.yaml.Fields;
import dev.broadsheet.yaml.Position;
import dev.broadsheet.yaml.YamlDocument;
import dev.broadsheet.yaml.YamlException;
import dev.broadsheet.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an author profile, {@code content/authors/<id>.yaml}: name (required), role, bio, photo and
 * links. {@code email}, {@code website}, {@code mastodon} and {@code x} may also stand at the top.
 * A photo of the site must exist (as article images must); it is measured and resized as they
 * are, and given to templates in a version fit for a small portrait.
 */
public final class AuthorParser {
  static final List<String> LINK_KEYS = List.of("website", "email", "mastodon", "x", "bluesky",
      "linkedin", "github");
  static final List<String> KEYS = List.of("name", "role", "bio", "photo", "links", "website",
      "email", "mastodon", "x", "bluesky", "linkedin", "github");

  /**
   * The width of the version of a photo given as {@code photo}: twice the default theme's
   * 96-pixel portrait, for screens of two pixels to the point.
   */
  static final int PHOTO_WIDTH = 192;

  private final YamlReader yaml;
  private final String basePath;
  private final ImageFiles files;
  private final ImagePipeline images;
  private final Severity photoSeverity;

  /**
   * Photos are looked for in {@code files}, measured and resized by {@code images}; a missing or
   * unreadable one is a problem of {@code photoSeverity} (a warning when building, an error when
   * checking, as for article images).
   */
  public AuthorParser(YamlReader yaml, String basePath, ImageFiles files, ImagePipeline images,
      Severity photoSeverity) {
    this.yaml = yaml;
    this.basePath = basePath;
    this.files = files;
    this.images = images;
    this.photoSeverity = photoSeverity;
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
      problems.error(file, 0, 0, "cannot read: " + IoErrors.reason(e));
      return Optional.empty();
    }
    Problems local = new Problems();
    Fields f = new Fields(doc, file, local);
    for (String key : f.unknownKeys("", KEYS)) {
      String hint = Spelling.suggestion(key, KEYS);
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
    Photo photo = f.text("/photo").map(p -> photo(f, p, local)).orElse(Photo.NONE);
    local.sorted().forEach(problems::add);
    if (local.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new AuthorProfile(id, name.get(), f.text("/role").orElse(null),
        f.text("/bio").orElse(null), photo.url(), photo.srcset(), Map.copyOf(links).isEmpty()
            ? Map.of() : java.util.Collections.unmodifiableMap(links), file));
  }

  private static void addLink(Fields f, String ptr, String key, String value, Map<String, String> links) {
    String url = link(key, value);
    String wrong = wrongLink(key, value, url);
    if (wrong == null) {
      links.put(key, url);
    } else {
      f.error(ptr, wrong);
    }
  }

  /**
   * Why {@code url}, made from the link {@code value} named {@code key}, would not lead a reader
   * anywhere, with what to write instead; null when it is a full address (http, https, mailto,
   * tel) or a path of the site from its root.
   */
  static String wrongLink(String key, String value, String url) {
    String lower = url.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("mailto:")) {
      String address = url.substring("mailto:".length());
      return address.matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+")
          ? null : "'" + value + "' is not an e-mail address; write one such as name@example.com";
    }
    if ((lower.startsWith("https://") || lower.startsWith("http://")) && !url.contains(" ")
        || lower.startsWith("tel:") || url.startsWith("/") && !url.startsWith("//")) {
      return null;
    }
    if (value.startsWith("@")) {
      return "'" + value + "' is a handle, not an address; write the profile's address"
          + " (https://...), or name the link x, instagram, threads, bluesky or mastodon to"
          + " have the handle made into one";
    }
    if (value.matches("(?i)(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+(/\\S*)?")) {
      return "link '" + value + "' has no https:// in front, so browsers would read it as a"
          + " page of this site; write https://" + value;
    }
    return "link '" + value + "' must be an http(s) or mailto: address, or a path of the site"
        + " from its root (/about/)";
  }

  /** A photo's URL and the srcset of its versions ("" when there is one), or none. */
  private record Photo(String url, String srcset) {
    static final Photo NONE = new Photo(null, "");
  }

  private Photo photo(Fields f, String value, Problems local) {
    if (!SitePathResolver.isSafeUrl(value)) {
      f.error("/photo", "photo '" + value + "' must be a file of the site or an http(s) URL");
      return Photo.NONE;
    }
    if (!SitePathResolver.isLocal(value)) {
      return new Photo(value, "");
    }
    Optional<String> path = SitePathResolver.resolve("authors", value);
    if (path.isEmpty()) {
      f.error("/photo", "photo '" + value + "' points outside the site");
      return Photo.NONE;
    }
    String resolved = path.get();
    Position at = f.doc().valueAt("/photo");
    Optional<Path> found = files.file(files.look(resolved));
    if (found.isEmpty()) {
      // No image rather than a broken one on the author's page.
      local.add(new Problem(f.file(), at.line(), at.column(), photoSeverity,
          ImageFiles.notFound("photo", value, resolved)));
      return Photo.NONE;
    }
    ImagePipeline.Result result = images.describe(resolved, found.get());
    if (result.problem() != null) {
      local.add(new Problem(f.file(), at.line(), at.column(), photoSeverity, result.problem()));
    }
    ImageInfo info = result.info();
    if (info == null) {
      return new Photo(basePath + UrlPaths.encode(resolved), "");
    }
    return new Photo(basePath + UrlPaths.encode(info.atLeast(PHOTO_WIDTH).path()),
        info.responsive() ? info.srcset(basePath) : "");
  }

  /**
   * A URL for a link value: e-mail addresses get mailto:, handles ({@code @name}) on X,
   * Instagram, Threads, Bluesky and Mastodon ({@code @name@server}) get their profile's address.
   */
  static String link(String key, String value) {
    String label = key.toLowerCase(java.util.Locale.ROOT);
    if (label.equals("email") && !value.startsWith("mailto:")) {
      return "mailto:" + value;
    }
    if (!value.startsWith("@") || value.contains(" ") || value.contains("/")) {
      return value;
    }
    String handle = value.substring(1);
    return switch (label) {
      case "x", "twitter" -> "https://x.com/" + handle;
      case "instagram" -> "https://www.instagram.com/" + handle + "/";
      case "threads" -> "https://www.threads.net/@" + handle;
      case "bluesky" -> "https://bsky.app/profile/" + handle;
      case "mastodon" -> {
        int at = handle.indexOf('@');
        yield at > 0 && at < handle.length() - 1
            ? "https://" + handle.substring(at + 1) + "/@" + handle.substring(0, at) : value;
      }
      default -> value;
    };
  }
}
