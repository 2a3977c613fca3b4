package dev.broadsheet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link MarkdownConverter#countWords} reads by table; it must count as the definition does: runs of
 * letters, and each Chinese or Japanese ideograph or kana alone.
 */
class WordCountProperties {
  /** The definition, a character at a time. */
  private static int reference(String s) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      int cp = s.codePointAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (Character.isLetter(cp) && (script == Character.UnicodeScript.HAN
          || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA || cp == 'ー')) {
        count++;
        inWord = false;
        i += Character.charCount(cp) - 1;
        continue;
      }
      char c = s.charAt(i);
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
    return Arbitraries.strings().withChars("aZ09 '-’é日_.,\n\u00a0\u2014カー・々〇한\ud840\udc0b").ofMaxLength(40);
  }
}
