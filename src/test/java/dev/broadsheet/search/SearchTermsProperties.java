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
 * text folded (accents dropped, lower case), then split. {@link SearchIndex#terms} folds only the
 * runs that need it; these properties hold it to the plain definition.
 */
class SearchTermsProperties {
  private static final Set<String> STOP = Set.of("the", "and", "of", "to", "in", "on", "at", "for",
      "by", "with", "from", "as", "is", "was", "are", "were", "be", "it", "its", "that", "this",
      "an", "or", "but", "not", "has", "have", "had", "he", "she", "they", "we", "you", "his",
      "her", "their", "our", "will", "would", "there", "which", "who", "than", "then");

  /** The definition: fold the whole text, split on anything but letters and numbers. */
  private static List<String> reference(String text) {
    List<String> out = new ArrayList<>();
    for (String t : SearchIndex.fold(text).split("[^\\p{L}\\p{N}]+")) {
      if (t.codePointCount(0, t.length()) >= 2 && !STOP.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  @Property
  void anyTextGivesTheTermsOfFoldingItWhole(@ForAll String text) {
    assertThat(SearchIndex.terms(text)).isEqualTo(reference(text));
  }

  @Property
  void newsLikeTextGivesTheTermsOfFoldingItWhole(@ForAll("newsText") String text) {
    assertThat(SearchIndex.terms(text)).isEqualTo(reference(text));
  }

  /** Words, marks, punctuation and other scripts, as whole characters (text read from UTF-8). */
  @Provide
  Arbitrary<String> newsText() {
    return Arbitraries.of("a", "b", "c", "X", "Y", "Z", "0", "1", "9", " ", "-", "'", "’", ".",
            ",", ";", "&", "<", ">", "\"", "é", "ü", "ø", "ß", "Å", "İ", "ı", "ç", "ñ",
            "\u0301", "\u0308", "\u20dd", "Ω", "ж", "中", "日", "ﬁ", "①", "Ⅻ", "\uD835\uDC00")
        .list().ofMaxSize(40).map(parts -> String.join("", parts));
  }
}
