package dev.broadsheet.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SlugsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Zürich | zurich",
      "São Paulo | sao-paulo",
      "Ukraine war | ukraine-war",
      "Straße der Einheit | strasse-der-einheit",
      "Łódź | lodz",
      "Ærø & Øresund | aero-and-oresund",
      "Москва | moskva",
      "Αθήνα | athina",
      "  Xi Jinping: 'no limits'  | xi-jinping-no-limits",
      "C++ / Java 17 | c-java-17",
      "İstanbul | istanbul"})
  void makesReadableAsciiForAnyLanguage(String text, String slug) {
    assertThat(Slugs.slugify(text)).isEqualTo(slug);
  }

  @Test
  void germanDanishAndNorwegianSitesSpellOutTheirLetters() {
    assertThat(Slugs.forLanguage("de").apply("Straße über Zürich")).isEqualTo("strasse-ueber-zuerich");
    assertThat(Slugs.forLanguage("de-CH").apply("Bu\u0308cher")).isEqualTo("buecher");
    assertThat(Slugs.forLanguage("da").apply("Ærø og Århus")).isEqualTo("aeroe-og-aarhus");
    assertThat(Slugs.forLanguage("nb").apply("Tromsø")).isEqualTo("tromsoe");
    // Other languages drop the accents.
    assertThat(Slugs.forLanguage("fr").apply("Zürich")).isEqualTo("zurich");
    assertThat(Slugs.forLanguage("sv").apply("Malmö")).isEqualTo("malmo");
  }

  @Test
  void textWithNoLatinRenderingGetsAStableCode() {
    String slug = Slugs.slugify("北京");
    assertThat(slug).matches("x-[a-z0-9]+").isEqualTo(Slugs.slugify("北京"));
    assertThat(Slugs.slugify("上海")).isNotEqualTo(slug);
  }

  @Test
  void longTextIsCutAtAWordBoundary() {
    String slug = Slugs.slugify("word ".repeat(40));
    assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
    assertThat(slug).doesNotEndWith("-").endsWith("word");
  }

  @Test
  void pathTricksBecomePlainWords() {
    assertThat(Slugs.slugify("../../etc/passwd")).isEqualTo("etc-passwd");
    assertThat(Slugs.asciiSlug("..")).isEmpty();
    assertThat(Slugs.isSlug("etc-passwd")).isTrue();
    assertThat(Slugs.isSlug("../x")).isFalse();
  }

  @Test
  void namesAreWrittenAlikeButForCaseAccentsAndSeparators() {
    assertThat(Slugs.writtenAlike("Café", "cafe")).isTrue();
    assertThat(Slugs.writtenAlike("New York", "new-york")).isTrue();
    assertThat(Slugs.writtenAlike("São_Paulo", "SAO PAULO")).isTrue();
    assertThat(Slugs.writtenAlike("C++", "C#")).isFalse();
    assertThat(Slugs.writtenAlike("AT&T", "AT and T")).isFalse();
    assertThat(Slugs.writtenAlike("U.S.", "US")).isFalse();
  }
}
