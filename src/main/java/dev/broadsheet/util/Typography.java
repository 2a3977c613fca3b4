package dev.broadsheet.util;

import java.util.Locale;
import java.util.Set;

/**
 * Typographic punctuation for text typed on a keyboard, as newspapers print it: straight quotes
 * become the site language's quotation marks ("no limits" is “no limits” in English, „keine
 * Grenzen“ in German, « sans limites » in French), an apostrophe becomes ’ (it’s, ’90s, rock ’n’
 * roll), two hyphens an en dash, three an em dash, and three dots an ellipsis. A quote opens
 * after a space, the start of a block or an opening bracket or dash, and closes otherwise; a
 * quote that would open while one is open, and is followed by a space or the end, closes it.
 *
 * <p>One {@link Block} is used for the texts of one paragraph or heading in order, so that a
 * quote opened before emphasis closes after it.
 */
public final class Typography {
  /** A language's quotation marks, the inner (single) ones second, and what goes inside them. */
  private record Marks(String open, String close, String openSingle, String closeSingle,
      String inside) {}

  private static final Marks ENGLISH = new Marks("“", "”", "‘", "’", "");
  private static final Marks GERMAN = new Marks("„", "“", "‚", "‘", "");
  /** French sets its guillemets off from the words with a narrow no-break space. */
  private static final Marks FRENCH = new Marks("«", "»", "“", "”", "\u202f");

  private static final Set<String> GERMAN_STYLE = Set.of("de", "gsw", "lb", "cs", "sk", "sl",
      "hr", "bg", "lt", "et", "is");

  private final Marks marks;

  private Typography(Marks marks) {
    this.marks = marks;
  }

  /** Typography for a site written in {@code language} (a BCP 47 tag). */
  public static Typography forLanguage(String language) {
    String base = Locale.forLanguageTag(language).getLanguage();
    return new Typography(GERMAN_STYLE.contains(base) ? GERMAN
        : base.equals("fr") ? FRENCH : ENGLISH);
  }

  /** {@code text}, a whole value of its own (a headline, a caption), with its punctuation set. */
  public String apply(String text) {
    return text == null ? null : block().apply(text);
  }

  /** A new paragraph, heading or other block of text, whose texts come in order. */
  public Block block() {
    return new Block();
  }

  /** The texts of one block, taken in order: the state of its quotes runs across them. */
  public final class Block {
    private char previous = ' ';
    private boolean doubleOpen;
    private boolean singleOpen;

    private Block() {}

    /** Something not set here (code, a line break) stood between texts, ending with {@code c}. */
    public void after(char c) {
      previous = c;
    }

    /** {@code text}, the next text of the block, with its punctuation set. */
    public String apply(String text) {
      if (!needed(text)) {
        if (!text.isEmpty()) {
          previous = text.charAt(text.length() - 1);
        }
        return text;
      }
      StringBuilder out = new StringBuilder(text.length() + 8);
      int n = text.length();
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        char next = i + 1 < n ? text.charAt(i + 1) : ' ';
        switch (c) {
          case '"' -> {
            if (opens(previous, next, doubleOpen)) {
              out.append(marks.open()).append(marks.inside());
              doubleOpen = true;
              if (!marks.inside().isEmpty() && next == ' ') {
                i++; // the space typed inside the quote is the narrow one now
              }
            } else {
              trimSpaceBefore(out);
              out.append(marks.inside()).append(marks.close());
              doubleOpen = false;
            }
          }
          case '\'' -> {
            boolean apostrophe = Character.isLetterOrDigit(previous)
                && !(singleOpen && !Character.isLetterOrDigit(next))
                || isSpace(previous) && (Character.isDigit(next) || elision(text, i + 1));
            if (apostrophe) {
              out.append('’');
            } else if (opens(previous, next, singleOpen)) {
              out.append(marks.openSingle());
              singleOpen = true;
            } else {
              out.append(marks.closeSingle());
              singleOpen = false;
            }
          }
          case '-' -> {
            if (next == '-') {
              boolean em = i + 2 < n && text.charAt(i + 2) == '-';
              out.append(em ? '—' : '–');
              i += em ? 2 : 1;
              c = em ? '—' : '–';
            } else {
              out.append(c);
            }
          }
          case '.' -> {
            if (next == '.' && i + 2 < n && text.charAt(i + 2) == '.') {
              out.append('…');
              i += 2;
              c = '…';
            } else {
              out.append(c);
            }
          }
          default -> out.append(c);
        }
        previous = c;
      }
      return out.toString();
    }

    private void trimSpaceBefore(StringBuilder out) {
      int last = out.length() - 1;
      if (!marks.inside().isEmpty() && last >= 0 && out.charAt(last) == ' ') {
        out.setLength(last);
      }
    }
  }

  /** Whether a quote between {@code previous} and {@code next} opens one. */
  private static boolean opens(char previous, char next, boolean alreadyOpen) {
    boolean context = isSpace(previous) || "([{–—-/“‘„‚«".indexOf(previous) >= 0;
    return context && !(alreadyOpen && (isSpace(next) || ".,;:!?)".indexOf(next) >= 0));
  }

  /** Words that begin with an apostrophe: rock ’n’ roll, ’tis, ’twas, ’til, ’em. */
  private static final String[] ELISIONS = {"n'", "tis", "twas", "til", "em"};

  /** Whether an elided word, and the word's end, are at {@code at} of {@code text}. */
  private static boolean elision(String text, int at) {
    for (String word : ELISIONS) {
      int end = at + word.length();
      // 'til' alone is a quoted word: the quote that follows closes it.
      if (text.regionMatches(true, at, word, 0, word.length())
          && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
              && (word.endsWith("'") || text.charAt(end) != '\''))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f';
  }

  /** Whether {@code text} holds anything to set: the quick test for nearly every text node. */
  private static boolean needed(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128 && MAYBE[c]) {
        if (c == '"' || c == '\'' || i + 1 < n && text.charAt(i + 1) == c
            && (c == '-' || i + 2 < n && text.charAt(i + 2) == '.')) {
          return true;
        }
      }
    }
    return false;
  }

  /** The characters that may begin something to set: quotes, hyphens and full stops. */
  private static final boolean[] MAYBE = new boolean[128];

  static {
    for (char c : new char[] {'"', '\'', '-', '.'}) {
      MAYBE[c] = true;
    }
  }
}
