package dev.broadsheet.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The site's settings from site.yaml, with defaults filled in. {@code baseUrl} always ends with a
 * slash; {@code defaultImage} (a site path, or null) stands in for articles without a lead image in
 * social cards and search results; {@code rawHtml} says what raw HTML in Markdown becomes;
 * {@code typography} whether straight quotes, double hyphens and three dots are set as print sets
 * them; {@code breakingHours} how long after its date an article marked breaking is labelled
 * so; {@code topics} are the tags site.yaml gives a slug or description;
 * {@code extra} holds the free-form {@code extra:} mapping for templates.
 */
public record SiteConfig(
    String title,
    String description,
    String baseUrl,
    String language,
    ZoneId timeZone,
    Publisher publisher,
    List<SectionConfig> sections,
    List<TopicConfig> topics,
    String defaultSection,
    PermalinkPattern permalink,
    int pageSize,
    HomeConfig home,
    int wordsPerMinute,
    int breakingHours,
    FeedConfig feeds,
    String defaultImage,
    RawHtml rawHtml,
    boolean typography,
    ImageConfig images,
    Map<String, Object> extra) {

  public Locale locale() {
    return Locale.forLanguageTag(language);
  }

  /**
   * The language as Open Graph's {@code og:locale} wants it, language and territory
   * ({@code en_GB}): a tag without a territory gets the one its language is most read in
   * ({@code fr} is {@code fr_FR}), since Facebook ignores a bare language.
   */
  public String ogLocale() {
    Locale locale = locale();
    String language = locale.getLanguage();
    String country = locale.getCountry();
    if (country.isEmpty() && language.equals("zh")) {
      country = locale.getScript().equals("Hant") ? "TW" : "CN";
    }
    if (country.isEmpty()) {
      country = TERRITORY.getOrDefault(language, "");
    }
    return country.isEmpty() ? language : language + "_" + country;
  }

  private static final Map<String, String> TERRITORY = Map.ofEntries(Map.entry("en", "US"),
      Map.entry("fr", "FR"), Map.entry("de", "DE"), Map.entry("es", "ES"), Map.entry("it", "IT"),
      Map.entry("pt", "BR"), Map.entry("nl", "NL"), Map.entry("ar", "AR"), Map.entry("ja", "JP"),
      Map.entry("ko", "KR"), Map.entry("ru", "RU"), Map.entry("pl", "PL"), Map.entry("sv", "SE"),
      Map.entry("da", "DK"), Map.entry("nb", "NO"), Map.entry("nn", "NO"), Map.entry("fi", "FI"),
      Map.entry("tr", "TR"), Map.entry("he", "IL"), Map.entry("el", "GR"), Map.entry("cs", "CZ"),
      Map.entry("hu", "HU"), Map.entry("ro", "RO"), Map.entry("uk", "UA"), Map.entry("hi", "IN"),
      Map.entry("id", "ID"), Map.entry("vi", "VN"), Map.entry("th", "TH"), Map.entry("fa", "IR"),
      Map.entry("ur", "PK"), Map.entry("ca", "ES"), Map.entry("bg", "BG"), Map.entry("hr", "HR"),
      Map.entry("sk", "SK"), Map.entry("sl", "SI"), Map.entry("sr", "RS"), Map.entry("lt", "LT"),
      Map.entry("lv", "LV"), Map.entry("et", "EE"), Map.entry("ms", "MY"), Map.entry("sw", "KE"));

  /** How text is set in the site's language, or null when {@code typography} is off. */
  public dev.broadsheet.util.Typography typesetting() {
    return typography ? dev.broadsheet.util.Typography.forLanguage(language) : null;
  }

  /**
   * The direction the site's language is written in: {@code rtl} for Arabic, Hebrew, Persian,
   * Urdu and the other languages written from right to left (or a tag naming such a script, as
   * {@code az-Arab}), else {@code ltr}.
   */
  public String direction() {
    Locale locale = locale();
    String script = locale.getScript();
    boolean rtl = script.isEmpty() ? RTL_LANGUAGES.contains(locale.getLanguage())
        : RTL_SCRIPTS.contains(script);
    return rtl ? "rtl" : "ltr";
  }

  private static final java.util.Set<String> RTL_LANGUAGES = java.util.Set.of("ar", "arc", "ckb",
      "dv", "fa", "he", "iw", "ks", "ps", "sd", "ug", "ur", "yi", "ji", "syr", "nqo");
  private static final java.util.Set<String> RTL_SCRIPTS = java.util.Set.of("Arab", "Hebr", "Thaa",
      "Syrc", "Nkoo", "Adlm", "Rohg", "Samr", "Mand");

  /** The path part of the base URL ({@code /} or {@code /news/}), prefixed to every site link. */
  public String basePath() {
    int scheme = baseUrl.indexOf("://");
    int slash = baseUrl.indexOf('/', scheme + 3);
    return slash < 0 ? "/" : baseUrl.substring(slash);
  }

  public Optional<SectionConfig> section(String key) {
    return sections.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /** The same settings with another base URL (for {@code --base-url}). */
  public SiteConfig withBaseUrl(String url) {
    return new SiteConfig(title, description, url, language, timeZone, publisher, sections,
        topics, defaultSection, permalink, pageSize, home, wordsPerMinute, breakingHours, feeds,
        defaultImage, rawHtml, typography, images, extra);
  }
}
