package dev.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plural forms chosen for whole numbers, held to the samples CLDR gives with each rule
 * (plurals.xml: "@integer 2~4, 22~24, ..."), written here as ranges and single numbers.
 */
class PluralRulesTest {
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = ';', value = {
      "en; one; 1",
      "en; other; 0, 2~16, 100, 1000, 10000",
      "fr; one; 0, 1",
      "fr; other; 2~17, 100, 1000",
      "pt-BR; one; 0, 1",
      "pt-PT; one; 1",
      "pt-PT; other; 0, 2~16, 100",
      "zh-Hant-TW; other; 0~15, 100, 1000",
      "ja; other; 0~15, 100",
      "ru; one; 1, 21, 31, 41, 51, 61, 71, 81, 101, 1001",
      "ru; few; 2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002",
      "ru; many; 0, 5~19, 100, 1000, 10000",
      "uk; few; 2~4, 22~24",
      "pl; one; 1",
      "pl; few; 2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002",
      "pl; many; 0, 5~19, 21, 100, 1000",
      "cs; one; 1",
      "cs; few; 2~4",
      "cs; other; 0, 5~19, 100, 1000",
      "hr; one; 1, 21, 31, 41, 51, 61, 71, 81, 101, 1001",
      "hr; few; 2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002",
      "hr; other; 0, 5~19, 100, 1000",
      "sl; one; 1, 101, 201, 301, 401, 501, 601, 701, 1001",
      "sl; two; 2, 102, 202, 302, 402, 502, 602, 702, 1002",
      "sl; few; 3, 4, 103, 104, 203, 204, 303, 304",
      "sl; other; 0, 5~19, 100, 1000",
      "lt; one; 1, 21, 31, 41, 51, 61, 71, 81, 101, 1001",
      "lt; few; 2~9, 22~29, 102, 1002",
      "lt; other; 0, 10~20, 30, 40, 50, 60, 100, 1000",
      "lv; zero; 0, 10~20, 30, 40, 50, 60, 100, 1000",
      "lv; one; 1, 21, 31, 41, 51, 61, 71, 81, 101, 1001",
      "lv; other; 2~9, 22~29, 102, 1002",
      "ro; one; 1",
      "ro; few; 0, 2~16, 101, 1001",
      "ro; other; 20~35, 100, 1000",
      "ar; zero; 0",
      "ar; one; 1",
      "ar; two; 2",
      "ar; few; 3~10, 103~110, 1003",
      "ar; many; 11~26, 111, 1011",
      "ar; other; 100~102, 200~202, 300~302, 400~402, 500~502, 600, 1000",
      "he; one; 1",
      "he; two; 2",
      "he; other; 0, 3~17, 100, 1000",
      "ga; few; 3~6",
      "ga; many; 7~10",
      "ga; other; 0, 11~25, 100, 1000",
      "cy; zero; 0",
      "cy; few; 3",
      "cy; many; 6",
      "cy; other; 4, 5, 7~20, 100, 1000",
      "gd; one; 1, 11",
      "gd; two; 2, 12",
      "gd; few; 3~10, 13~19",
      "gd; other; 0, 20~34, 100, 1000",
      "mt; few; 0, 3~10, 103~109, 1003",
      "mt; many; 11~19, 111~117, 1011",
      "mt; other; 20~35, 100, 1000",
      "is; one; 1, 21, 31, 41, 51, 61, 71, 81, 101, 1001",
      "is; other; 0, 2~16, 100, 1000",
      "hi; one; 0, 1",
  })
  void eachLanguageChoosesCldrsFormForItsSamples(String language, String form, String samples) {
    PluralRules rules = PluralRules.of(language);
    assertThat(rules.forms()).contains(form).endsWith("other");
    for (long n : numbers(samples)) {
      assertThat(rules.select(n)).as("%s %d", language, n).isEqualTo(form);
    }
  }

  @ParameterizedTest
  @CsvSource({"en", "fr", "ru", "pl", "ar", "lv", "sl", "zh", "ga", "cy", "mt", "gd"})
  void everyCountGetsAFormTheLanguageNames(String language) {
    PluralRules rules = PluralRules.of(language);
    LongStream.range(0, 2000).forEach(n -> assertThat(rules.forms()).contains(rules.select(n)));
    // Each form the language names but other (which Russian and Polish give fractions alone)
    // is chosen by some count.
    assertThat(rules.forms()).filteredOn(form -> !form.equals("other")).allMatch(form ->
        LongStream.range(0, 2000).anyMatch(n -> rules.select(n).equals(form)));
  }

  private static List<Long> numbers(String samples) {
    List<Long> out = new ArrayList<>();
    for (String part : samples.split(",")) {
      String[] range = part.strip().split("~");
      long from = Long.parseLong(range[0]);
      long to = range.length > 1 ? Long.parseLong(range[1]) : from;
      for (long n = from; n <= to; n++) {
        out.add(n);
      }
    }
    return out;
  }
}
