package dev.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The index's terms must be what the search page's script makes of the same words: the whole
 * text folded (accents dropped, lower case), then split, Chinese and Japanese into pairs. {@link SearchIndex#terms} folds only the
 * runs that need it; these properties hold it to the plain definition.
 */
class SearchTermsProperties {
  private static final Set<String> STOP = Set.of("the", "and", "of", "to", "in", "on", "at", "for",
      "by", "with", "from", "as", "is", "was", "are", "were", "be", "it", "its", "that", "this",
      "an", "or", "but", "not", "has", "have", "had", "he", "she", "they", "we", "you", "his",
      "her", "their", "our", "will", "would", "there", "which", "who", "than", "then");

  /** A run of Chinese and Japanese letters: ideographs, kana and the katakana long-vowel mark. */
  private static final java.util.regex.Pattern IDEOGRAPHS = java.util.regex.Pattern.compile(
      "(?:(?=\\p{L})[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\u30fc\uff70])+");

  /**
   * The definition: fold the whole text, split on anything but letters and numbers, and split
   * each run of Chinese and Japanese out of its word as its overlapping pairs of characters.
   */
  private static List<String> reference(String text) {
    List<String> out = new ArrayList<>();
    for (String t : SearchIndex.fold(text).split("[^\\p{L}\\p{N}]+")) {
      java.util.regex.Matcher m = IDEOGRAPHS.matcher(t);
      int last = 0;
      while (m.find()) {
        add(out, t.substring(last, m.start()));
        int[] cps = m.group().codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
          add(out, new String(cps, i, 2));
        }
        last = m.end();
      }
      add(out, t.substring(last));
    }
    return out;
  }

  private static void add(List<String> out, String t) {
    if (t.codePointCount(0, t.length()) >= 2 && !STOP.contains(t)) {
      out.add(t);
    }
  }

  @Property
  void anyTextGivesTheTermsOfFoldingItWhole(@ForAll String text) {
    assertThat(SearchIndex.terms(text)).isEqualTo(reference(text));
  }

  @Property
  void newsLikeTextGivesTheTermsOfFoldingItWhole(@ForAll("newsText") String text) {
    assertThat(SearchIndex.terms(text)).isEqualTo(reference(text));
  }

  /** Each term once, in order of first use, scored one a use up to the body's cap. */
  private static java.util.Map<String, Integer> counted(String text) {
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (String t : reference(text)) {
      counts.merge(t, 1, (a, b) -> Math.min(SearchIndex.BODY_MAX, a + b));
    }
    return counts;
  }

  private static java.util.Map<String, Integer> bodyTerms(String text) {
    SearchIndex.Terms t = SearchIndex.bodyTerms(text, s -> s);
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (int i = 0; i < t.terms().length; i++) {
      assertThat(counts.put(t.terms()[i], (int) t.scores()[i])).as("each term once").isNull();
    }
    return counts;
  }

  @Property
  void bodyTermsCountTheTermsOfFoldingTheTextWhole(@ForAll("newsText") String text) {
    assertThat(bodyTerms(text)).containsExactlyEntriesOf(counted(text));
  }

  @Property
  void bodyTermsOfLongTextsWithRepeatedWords(@ForAll("longNews") String text) {
    assertThat(bodyTerms(text)).containsExactlyEntriesOf(counted(text));
  }

  /** Hundreds of words, many repeated in other cases, enough to make the counting table grow. */
  @Provide
  Arbitrary<String> longNews() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcXYZé1").ofMinLength(1).ofMaxLength(7);
    return word.list().ofMinSize(100).ofMaxSize(1200).map(words -> String.join(" ", words));
  }

  /** Words, marks, punctuation and other scripts, as whole characters (text read from UTF-8). */
  @Provide
  Arbitrary<String> newsText() {
    return Arbitraries.of("a", "b", "c", "X", "Y", "Z", "0", "1", "9", " ", "-", "'", "’", ".",
            ",", ";", "&", "<", ">", "\"", "é", "ü", "ø", "ß", "Å", "İ", "ı", "ç", "ñ",
            "\u0301", "\u0308", "\u20dd", "Ω", "ж", "中", "日", "か", "が", "カ", "ー", "・", "〇",
            "々", "\uD840\uDC0B", "한", "ﬁ", "①", "Ⅻ", "\uD835\uDC00")
        .list().ofMaxSize(40).map(parts -> String.join("", parts));
  }
}
