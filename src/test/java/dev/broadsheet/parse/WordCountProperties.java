package dev.broadsheet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link MarkdownConverter#countWords} reads by table; it must count as the definition does. */
class WordCountProperties {
  /** The definition, a character at a time. */
  private static int reference(String s) {
    int count = 0;
    boolean inWord = false;
    for (char c : s.toCharArray()) {
      boolean letter = c < 128
          ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          : Character.isLetterOrDigit(c);
      if (letter && !inWord) {
        count++;
      }
      inWord = letter || (inWord && (c == '\'' || c == '’' || c == '-'));
    }
    return count;
  }

  @Property
  void countsAsTheDefinitionDoes(@ForAll("text") String text) {
    assertThat(MarkdownConverter.countWords(text)).isEqualTo(reference(text));
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings().withChars("aZ09 '-’é日_.,\n\u00a0\u2014").ofMaxLength(40);
  }
}
