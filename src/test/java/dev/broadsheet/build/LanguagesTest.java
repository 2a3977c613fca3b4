package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.Labels;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.source.Theme;
import dev.broadsheet.testutil.TestSite;
import dev.broadsheet.yaml.YamlReader;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sites in other languages: the theme's words from its label files and the site's own, pages
 * written right to left, and Chinese and Japanese counted and searched without spaces.
 */
class LanguagesTest {
  @TempDir Path dir;

  private static final String TWO_AUTHORS = article("world/a.md", """
      title: Sommet à Genève
      date: 2024-03-01T10:00:00Z
      updated: 2024-03-02T09:00:00Z
      authors: [Anne Martin, Paul Durand]
      corrections:
        - { date: 2024-03-03, text: Le nom du ministre a été corrigé. }
      """, "Les dirigeants se sont retrouvés à Genève.");

  @Test
  void aFrenchSiteGetsTheThemesFrenchWords() {
    TestSite site = TestSite.write(dir, config("language: fr") + TWO_AUTHORS);
    BuildReport report = site.buildClean();
    assertThat(TestSite.messages(report)).isEmpty();
    Document page = site.page("world/2024/03/01/a/index.html");
    assertThat(page.select("html").attr("lang")).isEqualTo("fr");
    assertThat(page.select("html").hasAttr("dir")).isFalse();
    assertThat(page.select("meta[property=og:locale]").attr("content")).isEqualTo("fr_FR");
    assertThat(page.select(".byline").text()).isEqualTo("Par Anne Martin et Paul Durand");
    assertThat(page.select(".byline a")).hasSize(2);
    assertThat(page.select(".times").text()).startsWith("Publié le 1 mars 2024")
        .contains("· Mis à jour le 2 mars 2024");
    assertThat(page.select(".times time")).hasSize(2);
    assertThat(page.select(".reading-time").text()).isEqualTo("1 min de lecture · 7 mots");
    assertThat(page.select(".corrections h2").text()).isEqualTo("Rectificatifs");
    assertThat(page.select(".corrections li strong").text())
        .isEqualTo("Rectificatif du 3 mars 2024 :");
    assertThat(page.select(".skip-link").text()).isEqualTo("Aller au contenu principal");
    Document notFound = site.page("404.html");
    assertThat(notFound.select("main p a")).extracting(e -> e.text())
        .containsExactly("page d’accueil", "archives");
    assertThat(notFound.select("title").text()).startsWith("Page introuvable");
    assertThat(site.page("authors/anne-martin/index.html").select("meta[name=description]")
        .attr("content")).isEqualTo("Articles signés Anne Martin");
    // French counts 0 and 1 alike: "1 article" on the topic index and author pages.
    assertThat(site.page("authors/index.html").select(".author-index .count").eachText())
        .containsOnly("1 article");
  }

  @Test
  void aSiteChangesAnyWordInSiteYamlOrItsOwnLabelFile() {
    TestSite site = TestSite.write(dir, config("""
        language: fr-CA
        labels:
          related: Voir aussi
          wordCount: { one: "{count} mot", other: "{count} mots", zero: "Aucun mot" }
        """) + TWO_AUTHORS + """
        === templates/labels/fr-CA.yaml
        published: "Paru le {time}"
        """);
    BuildReport report = site.buildClean();
    assertThat(TestSite.messages(report)).isEmpty();
    Document page = site.page("world/2024/03/01/a/index.html");
    assertThat(page.select(".times").text()).startsWith("Paru le 1 mars 2024");
    // The rest of French stays the theme's.
    assertThat(page.select(".byline").text()).startsWith("Par ");
  }

  @Test
  void mistakesInLabelsAreWarningsAtTheirPlaceAndTheThemesWordsStay() {
    TestSite site = TestSite.write(dir, config("""
        labels:
          publishd: "Out {time}"
          byline: "By {authors}"
          wordCount: { one: "a word", many: "words" }
          related: [See, also]
        """) + TWO_AUTHORS);
    BuildReport report = site.buildClean();
    assertThat(TestSite.messages(report)).contains(
        "site.yaml:5:3: warning: unknown label 'publishd'; did you mean 'published'?",
        "site.yaml:6:11: warning: label 'byline' names {authors}, which it is not given; it is"
            + " given {names}; the label is left as it was",
        "site.yaml:7:31: warning: 'many' is not a plural form of English, so it is never shown;"
            + " English has one and other (and zero, for none, in any language)",
        "site.yaml:8:12: warning: label 'related' must be text, or a mapping of plural forms"
            + " (one: ..., other: ...); the label is left as it was");
    Document page = site.page("world/2024/03/01/a/index.html");
    assertThat(page.select(".byline").text()).isEqualTo("By Anne Martin and Paul Durand");
    assertThat(page.select(".related h2, .reading-time").eachText()).allMatch(t -> !t.isEmpty());
  }

  @Test
  void aRussianSiteWritesEachCountInItsOwnForm() {
    TestSite site = TestSite.write(dir, config("""
        language: ru
        labels:
          wordCount: { one: "{count} слово", few: "{count} слова", many: "{count} слов", other: "{count} слова" }
          articleCount: { one: "{count} статья", other: "{count} статей", two: "{count} статьи", wrong: x }
          minutesRead: { one: "{count} мин", other: "{count} мин" }
        """)
        + article("world/a.md", "title: Один\ndate: 2024-01-01", "раз два")
        + article("world/b.md", "title: Два\ndate: 2024-01-02", "раз два три четыре пять")
        + article("world/c.md", "title: Три\ndate: 2024-01-03",
            "слово ".repeat(21).strip()));
    BuildReport report = site.buildClean();
    assertThat(TestSite.messages(report).lines()).containsExactlyInAnyOrder(
        "site.yaml:7:67: warning: 'two' is not a plural form of Russian, so it is never shown;"
            + " Russian has one, few, many and other (and zero, for none, in any language)",
        "site.yaml:7:90: warning: 'wrong' is not a plural form; write one, few, many and other"
            + " (and zero, for none, in any language); the label is left as it was",
        "site.yaml:8:16: warning: label 'minutesRead' has no 'few:' (Russian's form for 2, 3, 4,"
            + " 22, ...) or 'many:' (Russian's form for 0, 5, 6, 7, ...); 'other' stands in for them");
    assertThat(site.page("world/2024/01/01/a/index.html").select(".reading-time").text())
        .endsWith("2 слова");
    assertThat(site.page("world/2024/01/02/b/index.html").select(".reading-time").text())
        .endsWith("5 слов");
    assertThat(site.page("world/2024/01/03/c/index.html").select(".reading-time").text())
        .endsWith("21 слово");
    // The search page gives its script the forms Russian has, and no others.
    assertThat(site.page("search/index.html").select("#search-status").first().attributes()
        .asList()).extracting(a -> a.getKey()).filteredOn(k -> k.startsWith("data-"))
        .containsExactly("data-none", "data-one", "data-few", "data-many", "data-other", "data-more");
  }

  @Test
  void labelsAreEscapedAndOnlyTheMarkupATemplateGivesIsNot() {
    TestSite site = TestSite.write(dir, config("""
        labels:
          sourceLine: "<b>From</b> {source}"
        """) + article("world/a.md", "title: A\ndate: 2024-01-01\nsource: <i>Wire</i>", "x"));
    site.buildClean();
    String html = site.read("world/2024/01/01/a/index.html");
    assertThat(html).contains("&lt;b&gt;From&lt;/b&gt; &lt;i&gt;Wire&lt;/i&gt;");
  }

  @Test
  void aTemplateAskingForALabelThatIsNotThereFailsAtItsLine() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md", "title: A\ndate: 2024-01-01", "x") + """
        === templates/404.ftlh
        <p>
        ${label("notFund")}
        </p>
        """);
    BuildReport report = site.build();
    assertThat(TestSite.messages(report)).containsPattern(
        "templates/404.ftlh:2:\\d+: error: .*no label 'notFund'.*did you mean 'notFound'\\?");
  }

  @Test
  void aGermanSiteWritesOutUmlautsInItsAddresses() {
    TestSite site = TestSite.write(dir, config("language: de") + article("world/brücke-über-die-aare.md",
        "title: Neue Brücke\ndate: 2024-01-01\ntags: [Zürich, Verkehr]\nauthors: [Jürg Müller]", "Text."));
    BuildReport report = site.buildClean();
    assertThat(TestSite.messages(report)).isEmpty();
    assertThat(site.exists("world/2024/01/01/bruecke-ueber-die-aare/index.html")).isTrue();
    assertThat(site.exists("tags/zuerich/index.html")).isTrue();
    assertThat(site.exists("authors/juerg-mueller/index.html")).isTrue();
    assertThat(site.page("tags/zuerich/index.html").select("h1").text()).isEqualTo("Zürich");
  }

  @Test
  void anArabicSiteIsWrittenRightToLeft() {
    TestSite site = TestSite.write(dir, config("language: ar") + article("world/a.md",
        "title: قمة في جنيف\ndate: 2024-01-01", "اجتمع القادة في جنيف."));
    site.buildClean();
    assertThat(site.page("index.html").select("html").attr("dir")).isEqualTo("rtl");
    assertThat(site.read("assets/style.css")).doesNotContainPattern("\\b(left|right)\\b");
  }

  @Test
  void chineseIsCountedAndSearchedByItsCharacters() {
    TestSite site = TestSite.write(dir, config("language: zh-CN") + article("world/a.md",
        "title: 北京举行新闻发布会\ndate: 2024-01-01", "外交部发言人今天在北京举行例行新闻发布会。"));
    site.buildClean();
    assertThat(site.page("world/2024/01/01/a/index.html").select(".reading-time").text())
        .isEqualTo("1 min read · 20 words");
    // Pairs of characters are the terms, filed by their first character.
    assertThat(site.read("search/t/" + hex("北") + ".json")).contains("\"北京\"");
    assertThat(site.read("search/t/" + hex("发") + ".json")).contains("\"发布\"", "\"发言\"");
  }

  @Test
  void everyLanguageOfTheThemeHasEveryLabelAndNoOther() throws Exception {
    Labels english = Labels.english();
    for (Theme.File f : Theme.files("labels")) {
      String tag = f.path().replace("labels/", "").replace(".yaml", "");
      Problems problems = new Problems();
      TestSite site = TestSite.write(dir.resolve(tag), config("language: " + tag));
      Labels labels = Labels.load(site.paths(), tag, null, new YamlReader(), problems);
      assertThat(problems.sorted()).as(tag).isEmpty();
      assertThat(labels.keys()).as(tag).containsExactlyElementsOf(english.keys());
      assertThat(labels.placeholders()).as(tag).isEqualTo(english.placeholders());
      if (!tag.contains("-")) {
        // A language's file names every label; a region's (pt-BR) only where it differs.
        String text = new String(f.opener().open().readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
        for (String key : english.keys()) {
          assertThat(text).as(tag + " names " + key).containsPattern("(?m)^" + key + ":");
        }
      }
    }
    assertThat(english.text("wordCount", Map.of("count", 1))).isEqualTo("1 word");
    assertThat(english.text("wordCount", Map.of("count", 0))).isEqualTo("0 words");
    // Numbers of a thousand or more are grouped as the language groups them.
    assertThat(english.text("wordCount", Map.of("count", 1234))).isEqualTo("1,234 words");
    Labels french = Labels.load(TestSite.write(dir.resolve("fr-numbers"), config("")).paths(),
        "fr", null, new YamlReader(), new Problems());
    assertThat(french.text("wordCount", Map.of("count", 1234))).isEqualTo("1\u202f234 mots");
    assertThat(french.text("page", Map.of("number", 12))).isEqualTo("Page 12");
  }

  private static String hex(String s) {
    return java.util.HexFormat.of().formatHex(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
