package dev.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.problem.Problem;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.testutil.TestSite;
import dev.broadsheet.yaml.YamlReader;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigLoaderTest {
  @TempDir Path dir;

  /** Loads {@code yaml} as a build with --base-url would: a missing baseUrl is no problem here. */
  private Optional<SiteConfig> load(String yaml, Problems problems) {
    TestSite site = TestSite.write(dir, "=== site.yaml\n" + yaml);
    return new SiteConfigLoader(new YamlReader()).baseUrlGiven(true).load(site.paths(), problems);
  }

  @Test
  void aSiteWithoutABaseUrlIsWarnedThatItsLinksPointAtThisMachine() {
    TestSite site = TestSite.write(dir, "=== site.yaml\n# The site\ntitle: Gazette\n");
    Problems problems = new Problems();
    SiteConfig c = new SiteConfigLoader(new YamlReader()).load(site.paths(), problems).orElseThrow();
    assertThat(c.baseUrl()).isEqualTo(SiteConfigLoader.LOCAL_BASE_URL);
    assertThat(problems.sorted()).extracting(Problem::format).containsExactly("site.yaml:2:1:"
        + " warning: site.yaml has no 'baseUrl:', so feeds, sitemaps and canonical links point at"
        + " http://localhost:8080/; add the address the site is served from, such as"
        + " baseUrl: https://news.example.com/");
    Problems given = new Problems();
    new SiteConfigLoader(new YamlReader()).baseUrlGiven(true).load(site.paths(), given);
    assertThat(given.sorted()).isEmpty();
  }

  @Test
  void aBaseUrlIsWrittenInLowerCaseWhereCaseDoesNotMatterAndHoldsNoPassword() {
    assertThat(SiteConfigLoader.normalizeBaseUrl("HTTPS://News.Example.COM:8443/World"))
        .isEqualTo("https://news.example.com:8443/World/");
    assertThatThrownBy(() -> SiteConfigLoader.normalizeBaseUrl("https://ed:secret@x.org/news/"))
        .hasMessage("baseUrl must not hold a user name or password: every page would show it in"
            + " its links; write https://x.org/news/");
    assertThatThrownBy(() -> SiteConfigLoader.normalizeBaseUrl("https://x.org/our news/"))
        .hasMessageEndingWith("write a space in the path as %20");
  }

  @Test
  void fillsSensibleDefaultsForEverythingButTheTitle() {
    Problems problems = new Problems();
    SiteConfig c = load("title: Gazette\n", problems).orElseThrow();
    assertThat(problems.sorted()).isEmpty();
    assertThat(c.title()).isEqualTo("Gazette");
    assertThat(c.language()).isEqualTo("en");
    assertThat(c.timeZone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(c.permalink().pattern()).isEqualTo(PermalinkPattern.DEFAULT);
    assertThat(c.baseUrl()).endsWith("/");
    assertThat(c.pageSize()).isEqualTo(20);
    assertThat(c.publisher().name()).isEqualTo("Gazette");
    assertThat(c.home()).isEqualTo(HomeConfig.DEFAULT);
  }

  @Test
  void readsEveryKey() {
    Problems problems = new Problems();
    SiteConfig c = load("""
        title: Gazette
        description: News
        baseUrl: https://example.org/news
        language: pt-BR
        timeZone: America/Sao_Paulo
        publisher: { name: Gazette Ltd, logo: logo.png }
        sections:
          - { key: world, title: World, description: Abroad }
          - key: sport
        defaultSection: world
        permalink: /:section/:slug.html
        pageSize: 5
        home: { topStories: 2, perSection: 3, latest: 7 }
        wordsPerMinute: 200
        extra: { motto: Facts }
        """, problems).orElseThrow();
    assertThat(problems.sorted()).isEmpty();
    assertThat(c.baseUrl()).isEqualTo("https://example.org/news/");
    assertThat(c.basePath()).isEqualTo("/news/");
    assertThat(c.sections()).extracting(SectionConfig::key).containsExactly("world", "sport");
    assertThat(c.sections().get(1).title()).isEqualTo("Sport");
    assertThat(c.home()).isEqualTo(new HomeConfig(2, 3, 7));
    assertThat(c.extra()).containsEntry("motto", "Facts");
    assertThat(c.permalink().endsWithSlash()).isFalse();
  }

  @Test
  void aMisspeltKeyIsReportedWithItsLineAndASuggestion() {
    Problems problems = new Problems();
    assertThat(load("title: Gazette\nbaseURL: https://x.org/\ntimezone: UTC\n", problems)).isEmpty();
    List<String> messages = problems.sorted().stream().map(Problem::format).toList();
    assertThat(messages).containsExactly(
        "site.yaml:2:1: error: unknown key 'baseURL' in site.yaml; did you mean 'baseUrl'?",
        "site.yaml:3:1: error: unknown key 'timezone' in site.yaml; did you mean 'timeZone'?");
  }

  @Test
  void badValuesAreReportedAtTheirValue() {
    Problems problems = new Problems();
    load("""
        title: Gazette
        baseUrl: example.org
        timeZone: Mars/Olympus
        permalink: /:section/:title/
        pageSize: 0
        """, problems);
    assertThat(problems.sorted()).extracting(Problem::line).containsExactly(2, 3, 4, 5);
    assertThat(problems.sorted()).extracting(Problem::message).satisfiesExactly(
        m -> assertThat(m).contains("absolute http or https URL"),
        m -> assertThat(m).contains("unknown time zone 'Mars/Olympus'"),
        m -> assertThat(m).contains("unknown permalink token ':title'"),
        m -> assertThat(m).contains("whole number from 1 to 1000"));
  }

  @Test
  void openGraphIsGivenALanguageAndATerritory() {
    String[][] cases = {{"en-GB", "en_GB"}, {"en", "en_US"}, {"fr", "fr_FR"}, {"pt", "pt_BR"},
        {"pt-PT", "pt_PT"}, {"zh", "zh_CN"}, {"zh-Hant", "zh_TW"}, {"zh-Hant-HK", "zh_HK"},
        {"ar", "ar_AR"}, {"yue", "yue"}};
    for (String[] c : cases) {
      Problems problems = new Problems();
      SiteConfig config = load("title: G\nlanguage: " + c[0] + "\n", problems).orElseThrow();
      assertThat(config.ogLocale()).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void aLanguageMustBeATagOfAKnownLanguage() {
    for (String[] c : new String[][] {
        {"fr_FR", "'fr_FR' is not a language tag; write one like en, de or pt-BR (with a hyphen: fr-FR)"},
        {"German", "'german' is not a language code; write de for German"},
        {"zz", "'zz' is not a language code Broadsheet knows; write an ISO 639 code such as en, fr,"
            + " de, pt-BR or zh-Hant"}}) {
      Problems problems = new Problems();
      assertThat(load("title: Gazette\nlanguage: " + c[0] + "\n", problems)).isEmpty();
      assertThat(problems.sorted()).extracting(Problem::message).containsExactly(c[1]);
    }
    for (String tag : new String[] {"en-GB", "yue", "sr-Latn", "pt-BR", "zh-Hant-TW"}) {
      Problems problems = new Problems();
      assertThat(load("title: Gazette\nlanguage: " + tag + "\n", problems)).isPresent();
      assertThat(problems.sorted()).as(tag).isEmpty();
    }
  }

  @Test
  void aMissingTitleAndAMissingFileAreErrors() {
    Problems problems = new Problems();
    assertThat(load("description: x\n", problems)).isEmpty();
    assertThat(problems.sorted().get(0).message()).contains("needs a 'title:'");

    Problems none = new Problems();
    assertThat(new SiteConfigLoader(new YamlReader()).load(SitePaths.of(dir.resolve("nowhere")), none))
        .isEmpty();
    assertThat(none.sorted().get(0).message()).contains("no site.yaml").contains("broadsheet init");
  }

  @Test
  void sectionsMustBeUniqueAndUrlSafe() {
    Problems problems = new Problems();
    load("title: G\nsections:\n  - key: world\n  - key: world\n  - key: Big News\n", problems);
    assertThat(problems.sorted()).extracting(Problem::message).satisfiesExactly(
        m -> assertThat(m).contains("declared twice"),
        m -> assertThat(m).contains("'Big News' must be lower-case"));
  }

  @Test
  void permalinkPatternsCannotClimbOutOfTheSite() {
    for (String bad : List.of("/../:slug/", "/:section/..:slug/", "world/:slug/", "/:section/")) {
      Problems problems = new Problems();
      load("title: G\npermalink: \"" + bad + "\"\n", problems);
      assertThat(problems.hasErrors()).as(bad).isTrue();
    }
  }
}
