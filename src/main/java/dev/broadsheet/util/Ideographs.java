package dev.broadsheet.util;

/**
 * Chinese and Japanese text, written without spaces between words: where word counts and search
 * cannot split on spaces.
 */
public final class Ideographs {
  private Ideographs() {}

  /**
   * Whether {@code cp} is a letter written without spaces around it: a Chinese or Japanese
   * ideograph, a kana, or the long-vowel mark of katakana (ー). Korean, written with spaces, is
   * not.
   */
  public static boolean is(int cp) {
    if (cp < 0x2e80 || !Character.isLetter(cp)) {
      return false;
    }
    if (cp == 0x30fc || cp == 0xff70) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /** Whether {@code text} holds a character {@link #is} tells. */
  public static boolean any(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x2e80 && is(text.codePointAt(i))) {
        return true;
      }
    }
    return false;
  }
}
