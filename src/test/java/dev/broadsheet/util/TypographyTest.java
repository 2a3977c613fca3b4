package dev.broadsheet.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Keyboard punctuation set as print sets it, in the site's language. */
class TypographyTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "en | He said \"no limits\". | He said “no limits”.",
      "en | \"It's a 'historic' day,\" she said. | “It’s a ‘historic’ day,” she said.",
      "en | the '90s, the students' union, O'Neill | the ’90s, the students’ union, O’Neill",
      "en | Rock 'n' roll, 'tis the season, give 'em time | Rock ’n’ roll, ’tis the season, give ’em time",
      "en | 'Til' and 'emblem' are quoted, 'n is too | ‘Til’ and ‘emblem’ are quoted, ‘n is too",
      "en | (\"quoted\") [\"too\"] | (“quoted”) [“too”]",
      "en | 5--10 per cent --- a record... | 5–10 per cent — a record…",
      "en | a-b and a - b stay | a-b and a - b stay",
      "en | He is 6'2\" tall | He is 6’2” tall",
      "en | \"Yes\" | “Yes”",
      "de | Er sagte \"keine Grenzen\" und 'nein'. | Er sagte „keine Grenzen“ und ‚nein‘.",
      "de | Peter's Buch | Peter’s Buch",
      "fr | Il a dit \"sans limites\". | Il a dit «\u202fsans limites\u202f».",
      "fr | Il a dit \" sans limites \". | Il a dit «\u202fsans limites\u202f».",
      "fr | l'accord | l’accord",
      "es | Dijo \"no\". | Dijo “no”."})
  void setsQuotesApostrophesDashesAndEllipses(String language, String typed, String set) {
    assertThat(Typography.forLanguage(language).apply(typed)).isEqualTo(set);
  }

  @Test
  void aQuoteOpenedBeforeEmphasisClosesAfterIt() {
    Typography.Block block = Typography.forLanguage("en").block();
    // "A *quoted* word" in three texts: before, inside and after the emphasis.
    assertThat(block.apply("\"A ")).isEqualTo("“A ");
    assertThat(block.apply("quoted")).isEqualTo("quoted");
    assertThat(block.apply(" word\"")).isEqualTo(" word”");
  }

  @Test
  void textWithNothingToSetIsReturnedAsItIs() {
    String text = "Plain words, a hyphen-ated one and a full stop.";
    assertThat(Typography.forLanguage("en").apply(text)).isSameAs(text);
  }
}
