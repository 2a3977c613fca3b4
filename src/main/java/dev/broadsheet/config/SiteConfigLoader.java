package dev.broadsheet.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.source.TextFiles;
import dev.broadsheet.util.IoErrors;
import dev.broadsheet.util.Spelling;
import dev.broadsheet.util.Typography;
import dev.broadsheet.yaml.Fields;
import dev.broadsheet.yaml.Plain;
import dev.broadsheet.yaml.YamlDocument;
import dev.broadsheet.yaml.YamlException;
import dev.broadsheet.yaml.YamlReader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Reads and checks site.yaml. Every problem is reported with its line; defaults fill the rest. */
public final class SiteConfigLoader {
  public static final List<String> KEYS = List.of("title", "description", "baseUrl", "language",
      "timeZone", "publisher", "sections", "topics", "defaultSection", "permalink", "pageSize", "home",
      "wordsPerMinute", "breakingHours", "feeds", "defaultImage", "rawHtml", "typography", "images", "labels",
      "extra");
  private static final List<String> PUBLISHER_KEYS = List.of("name", "logo");
  private static final List<String> SECTION_KEYS = List.of("key", "title", "description");
  private static final List<String> TOPIC_KEYS = List.of("name", "slug", "description");
  public static final List<String> HOME_KEYS = List.of("topStories", "perSection", "latest");
  public static final List<String> FEED_KEYS = List.of("items", "fullText", "topics");
  public static final List<String> IMAGE_KEYS = List.of("widths", "quality");
  private static final String FILE = "site.yaml";

  private final YamlReader yaml;
  /** Whether the base URL comes from elsewhere (--base-url, serve), so site.yaml may lack one. */
  private boolean baseUrlGiven;

  public SiteConfigLoader(YamlReader yaml) {
    this.yaml = yaml;
  }

  /** The base URL comes from the command line or the dev server: none in site.yaml is fine. */
  public SiteConfigLoader baseUrlGiven(boolean given) {
    this.baseUrlGiven = given;
    return this;
  }

  /** site.yaml as the last {@link #load} read it, for what else reads it (labels); or null. */
  private YamlDocument document;

  public YamlDocument document() {
    return document;
  }

  /** The base URL of a site.yaml without one: fit for previews only. */
  public static final String LOCAL_BASE_URL = "http://localhost:8080/";

  /** The site's config, or empty when site.yaml is missing or has errors (all reported). */
  public Optional<SiteConfig> load(SitePaths paths, Problems problems) {
    String text;
    try {
      text = TextFiles.read(paths.config());
    } catch (NoSuchFileException e) {
      problems.error(FILE, 0, 0, "no site.yaml in " + paths.root().getFileName()
          + "; point --site at a site folder, or create one with 'broadsheet init DIR'");
      return Optional.empty();
    } catch (CharacterCodingException e) {
      problems.error(FILE, 1, 1, "site.yaml is not UTF-8 text; save it as UTF-8");
      return Optional.empty();
    } catch (IOException e) {
      problems.error(FILE, 0, 0, "cannot read site.yaml: " + IoErrors.reason(e));
      return Optional.empty();
    }
    YamlDocument doc;
    try {
      doc = yaml.readMapping(text, 0);
    } catch (YamlException e) {
      problems.error(FILE, e.position().line(), e.position().column(), e.getMessage());
      return Optional.empty();
    }
    boolean hadErrors = problems.hasErrorsIn(FILE);
    document = doc;
    SiteConfig config = read(new Fields(doc, FILE, problems));
    return problems.hasErrorsIn(FILE) && !hadErrors || config == null
        ? Optional.empty() : Optional.of(config);
  }

  private SiteConfig read(Fields f) {
    reportUnknown(f, "", KEYS, "; put your own settings under 'extra:'");
    reportUnknown(f, "/publisher", PUBLISHER_KEYS, "");
    reportUnknown(f, "/home", HOME_KEYS, "");
    reportUnknown(f, "/feeds", FEED_KEYS, "");
    reportUnknown(f, "/images", IMAGE_KEYS, "");

    Optional<String> title = f.text("/title");
    if (title.isEmpty()) {
      f.error("", "site.yaml needs a 'title:', the name of the site");
    }
    String baseUrl = LOCAL_BASE_URL;
    Optional<String> url = f.text("/baseUrl");
    if (url.isPresent()) {
      try {
        baseUrl = normalizeBaseUrl(url.get());
      } catch (IllegalArgumentException e) {
        f.error("/baseUrl", e.getMessage());
      }
    } else if (!baseUrlGiven) {
      f.warning("", "site.yaml has no 'baseUrl:', so feeds, sitemaps and canonical links point"
          + " at " + LOCAL_BASE_URL + "; add the address the site is served from, such as"
          + " baseUrl: https://news.example.com/");
    }
    String language = f.text("/language", "en");
    try {
      Locale locale = new Locale.Builder().setLanguageTag(language).build();
      language = locale.toLanguageTag();
      String unknown = unknownLanguage(locale);
      if (unknown != null) {
        f.error("/language", unknown);
      }
    } catch (IllformedLocaleException e) {
      String hyphened = language.replace('_', '-');
      f.error("/language", "'" + language + "' is not a language tag; write one like en, de or"
          + " pt-BR" + (!hyphened.equals(language) && isTag(hyphened)
              ? " (with a hyphen: " + hyphened + ")" : ""));
    }
    ZoneId zone = ZoneId.of("UTC");
    Optional<String> tz = f.text("/timeZone");
    if (tz.isPresent()) {
      try {
        zone = ZoneId.of(tz.get());
      } catch (DateTimeException e) {
        f.error("/timeZone", "unknown time zone '" + tz.get()
            + "'; use an IANA name such as Europe/London or UTC");
      }
    }
    PermalinkPattern permalink = PermalinkPattern.parse(PermalinkPattern.DEFAULT);
    Optional<String> pattern = f.text("/permalink");
    if (pattern.isPresent()) {
      try {
        permalink = PermalinkPattern.parse(pattern.get());
      } catch (IllegalArgumentException e) {
        f.error("/permalink", e.getMessage());
      }
    }
    String siteTitle = title.orElse("");
    Publisher publisher = new Publisher(
        f.text("/publisher/name", siteTitle), sitePath(f, "/publisher/logo"));
    HomeConfig home = new HomeConfig(
        f.integer("/home/topStories", HomeConfig.DEFAULT.topStories(), 0, 100),
        f.integer("/home/perSection", HomeConfig.DEFAULT.perSection(), 0, 100),
        f.integer("/home/latest", HomeConfig.DEFAULT.latest(), 0, 1000));
    String defaultSection = f.text("/defaultSection", "news");
    if (!isKey(defaultSection)) {
      f.error("/defaultSection", "section key '" + defaultSection
          + "' must be lower-case letters, digits and '-'");
    }
    JsonNode extra = f.node("/extra");
    if (extra != null && !extra.isObject()) {
      f.error("/extra", "'extra' must be a mapping of your own keys to values");
    }
    // Descriptions and section titles are set as articles' texts are: “quotes”, it’s, dashes.
    boolean typography = f.bool("/typography").orElse(true);
    Typography type = typography ? Typography.forLanguage(language) : null;
    UnaryOperator<String> set = text -> type == null ? text : type.apply(text);
    return new SiteConfig(siteTitle, set.apply(f.text("/description", "")), baseUrl, language,
        zone, publisher, sections(f, set), topics(f, set), defaultSection, permalink,
        f.integer("/pageSize", 20, 1, 1000), home,
        f.integer("/wordsPerMinute", 230, 50, 2000),
        f.integer("/breakingHours", 6, 1, 168),
        new FeedConfig(f.integer("/feeds/items", FeedConfig.DEFAULT.items(), 1, 1000),
            f.bool("/feeds/fullText").orElse(FeedConfig.DEFAULT.fullText()),
            f.bool("/feeds/topics").orElse(FeedConfig.DEFAULT.topics())),
        sitePath(f, "/defaultImage"), rawHtml(f), typography, images(f),
        Plain.toMap(extra));
  }

  private static ImageConfig images(Fields f) {
    List<Integer> widths = new ArrayList<>();
    JsonNode node = f.node("/images/widths");
    if (node != null && !node.isArray()) {
      f.error("/images/widths", "'widths' must be a list of pixel widths, such as [480, 960, 1600]");
    } else if (node != null) {
      for (int i = 0; i < node.size(); i++) {
        int w = f.integer("/images/widths/" + i, -1, 16, 8000);
        if (w > 0 && !widths.contains(w)) {
          widths.add(w);
        }
      }
    }
    widths.sort(null);
    JsonNode quality = f.node("/images/quality");
    double q = ImageConfig.DEFAULT.quality();
    if (quality != null) {
      if (!quality.isNumber() || quality.doubleValue() <= 0 || quality.doubleValue() > 1) {
        f.error("/images/quality", "'quality' must be a number above 0 and at most 1, such as 0.82");
      } else {
        q = quality.doubleValue();
      }
    }
    return new ImageConfig(node == null ? ImageConfig.DEFAULT.widths() : List.copyOf(widths), q);
  }

  private static RawHtml rawHtml(Fields f) {
    Optional<String> value = f.text("/rawHtml");
    if (value.isEmpty()) {
      return RawHtml.PASS;
    }
    for (RawHtml policy : RawHtml.values()) {
      if (policy.key().equals(value.get())) {
        return policy;
      }
    }
    f.error("/rawHtml", "rawHtml must be pass, escape or sanitize, not '" + value.get() + "'");
    return RawHtml.PASS;
  }

  /** A file of the site named in site.yaml, as a site path without a leading slash. */
  private static String sitePath(Fields f, String ptr) {
    Optional<String> value = f.text(ptr);
    if (value.isEmpty()) {
      return null;
    }
    String v = value.get();
    if (v.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || v.startsWith("//")) {
      f.error(ptr, "'" + Fields.name(ptr) + "' must be a file of the site, such as images/logo.png"
          + " under static/, not a URL");
      return null;
    }
    String path = v.startsWith("/") ? v.substring(1) : v;
    if (path.isEmpty() || java.util.Arrays.asList(path.split("/")).contains("..")) {
      f.error(ptr, "'" + v + "' must be a path inside the site, such as images/logo.png");
      return null;
    }
    return path;
  }

  private List<SectionConfig> sections(Fields f, UnaryOperator<String> set) {
    List<SectionConfig> out = new ArrayList<>();
    JsonNode node = f.node("/sections");
    if (node == null) {
      return out;
    }
    if (!node.isArray()) {
      f.error("/sections", "'sections' must be a list of '- key: ...' entries");
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String ptr = "/sections/" + i;
      if (!node.get(i).isObject()) {
        f.error(ptr, "each section needs 'key:' and 'title:', like '- { key: world, title: World }'");
        continue;
      }
      reportUnknown(f, ptr, SECTION_KEYS, "");
      Optional<String> key = f.text(ptr + "/key");
      if (key.isEmpty()) {
        f.error(ptr, "section has no 'key:' (the URL part, such as 'world')");
        continue;
      }
      if (!isKey(key.get())) {
        f.error(ptr + "/key", "section key '" + key.get()
            + "' must be lower-case letters, digits and '-', such as 'world'");
        continue;
      }
      if (!seen.add(key.get())) {
        f.error(ptr + "/key", "section '" + key.get() + "' is declared twice");
        continue;
      }
      out.add(new SectionConfig(key.get(), set.apply(f.text(ptr + "/title",
          titleFromKey(key.get()))), set.apply(f.text(ptr + "/description", ""))));
    }
    return List.copyOf(out);
  }

  private static List<TopicConfig> topics(Fields f, UnaryOperator<String> set) {
    List<TopicConfig> out = new ArrayList<>();
    JsonNode node = f.node("/topics");
    if (node == null) {
      return out;
    }
    if (!node.isArray()) {
      f.error("/topics", "'topics' must be a list of '- name: ...' entries, such as"
          + " '- { name: Climate, slug: climate, description: ... }'");
      return out;
    }
    Map<String, String> slugs = new HashMap<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String ptr = "/topics/" + i;
      if (!node.get(i).isObject()) {
        f.error(ptr, "each topic needs 'name:' (the tag as articles write it), like"
            + " '- { name: Climate, description: ... }'");
        continue;
      }
      reportUnknown(f, ptr, TOPIC_KEYS, "; a topic has name, slug and description");
      Optional<String> name = f.text(ptr + "/name").map(String::strip).filter(n -> !n.isEmpty());
      if (name.isEmpty()) {
        f.error(ptr, "topic has no 'name:', the tag as articles write it in 'tags:'");
        continue;
      }
      if (!names.add(name.get())) {
        f.error(ptr + "/name", "topic '" + name.get() + "' is declared twice");
        continue;
      }
      String slug = f.text(ptr + "/slug").orElse(null);
      if (slug != null && !isKey(slug)) {
        f.error(ptr + "/slug", "topic slug '" + slug + "' must be lower-case letters, digits and"
            + " '-', such as 'climate-change'");
        continue;
      }
      if (slug != null) {
        String other = slugs.putIfAbsent(slug, name.get());
        if (other != null) {
          f.error(ptr + "/slug", "topics '" + other + "' and '" + name.get() + "' both have the"
              + " slug '" + slug + "'; give one of them another");
          continue;
        }
      }
      out.add(new TopicConfig(name.get(), slug, set.apply(f.text(ptr + "/description", "")),
          f.doc().valueAt(ptr + "/name")));
    }
    return List.copyOf(out);
  }

  private static void reportUnknown(Fields f, String ptr, List<String> known, String hint) {
    for (String key : f.unknownKeys(ptr, known)) {
      String suggestion = Spelling.suggestion(key, known);
      f.errorAtKey(ptr + "/" + key, "unknown key '" + key + "' in site.yaml"
          + (suggestion.isEmpty() ? hint : suggestion));
    }
  }

  /** A section or author key: lower-case ASCII letters, digits and single hyphens. */
  public static boolean isKey(String key) {
    return key.matches("[a-z0-9]+(-[a-z0-9]+)*");
  }

  /** "foreign-affairs" -> "Foreign Affairs", for sections that site.yaml does not declare. */
  /**
   * Why {@code locale}'s language is none that Java knows a name for ("english", "zz"), with the
   * code of a language so named; null when it is known.
   */
  static String unknownLanguage(Locale locale) {
    String code = locale.getLanguage();
    if (code.isEmpty() || !locale.getDisplayLanguage(Locale.ENGLISH).equals(code)) {
      return null;
    }
    for (String iso : Locale.getISOLanguages()) {
      if (new Locale(iso).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(code)) {
        return "'" + code + "' is not a language code; write " + iso + " for "
            + new Locale(iso).getDisplayLanguage(Locale.ENGLISH);
      }
    }
    return "'" + code + "' is not a language code Broadsheet knows; write an ISO 639 code such"
        + " as en, fr, de, pt-BR or zh-Hant";
  }

  private static boolean isTag(String tag) {
    try {
      new Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  public static String titleFromKey(String key) {
    StringBuilder sb = new StringBuilder();
    for (String word : key.split("-")) {
      if (!word.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return sb.toString();
  }

  /** Checks an absolute http(s) URL and gives it a trailing slash. */
  public static String normalizeBaseUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
      if (scheme == null || !scheme.matches("https?") || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "baseUrl must be an absolute http or https URL, such as https://news.example.com/");
      }
      if (uri.getQuery() != null || uri.getFragment() != null) {
        throw new IllegalArgumentException("baseUrl cannot have a query or fragment");
      }
      if (uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException("baseUrl must not hold a user name or password: every"
            + " page would show it in its links; write https://" + uri.getHost()
            + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getRawPath());
      }
      // Scheme and host are case-insensitive: written in lower case, as browsers show them.
      String normal = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
          + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getRawPath();
      return normal.endsWith("/") ? normal : normal + "/";
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getReason()
          + (e.getInput().contains(" ") ? "; write a space in the path as %20" : ""));
    }
  }

}
