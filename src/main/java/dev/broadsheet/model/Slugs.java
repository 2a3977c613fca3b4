package dev.broadsheet.model;

import dev.broadsheet.config.SiteConfigLoader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Readable ASCII slugs for any language: accents are dropped ("Zürich" -> {@code zurich}, "São Paulo"
 * -> {@code sao-paulo}), Cyrillic and Greek are transliterated, and letters that do not decompose
 * (ß, æ, ø, ł, ...) are spelt out. Text with no Latin rendering (Chinese, say) gets a short stable
 * code, so every tag still has a URL.
 */
public final class Slugs {
  /** The longest slug made from a headline or name; longer text is cut at a word boundary. */
  public static final int MAX_LENGTH = 80;

  /**
   * The longest slug a publisher may write: a folder's name may be 255 bytes on the usual file
   * systems, and a permalink may put more beside the slug in the same name.
   */
  public static final int MAX_WRITTEN_LENGTH = 200;

  /**
   * Why {@code slug}, as a publisher wrote it, is too long to be a {@code what}'s name (a file's,
   * a folder's), with a shorter one to write; null if it is not.
   */
  public static String tooLong(String slug, String what) {
    return slug.length() <= MAX_WRITTEN_LENGTH ? null : "slug is " + slug.length()
        + " characters long, too long for a " + what + "'s name; keep it to "
        + MAX_WRITTEN_LENGTH + ", such as '" + slugify(slug) + "'";
  }

  private static final Map<Character, String> SPECIAL = Map.ofEntries(
      Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "ae"), Map.entry('ø', "o"),
      Map.entry('Ø', "o"), Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('ł', "l"),
      Map.entry('Ł', "l"), Map.entry('đ', "d"), Map.entry('Đ', "d"), Map.entry('ð', "d"),
      Map.entry('Ð', "d"), Map.entry('þ', "th"), Map.entry('Þ', "th"), Map.entry('ı', "i"),
      Map.entry('&', " and "), Map.entry('\'', ""), Map.entry('’', ""));

  private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґ";
  private static final String[] CYRILLIC_LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z",
      "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh",
      "shch", "", "y", "", "e", "yu", "ya", "ye", "i", "yi", "g"};
  private static final String GREEK = "αβγδεζηθικλμνξοπρσςτυφχψω";
  private static final String[] GREEK_LATIN = {"a", "v", "g", "d", "e", "z", "i", "th", "i", "k",
      "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"};

  private Slugs() {}

  /** The slug of {@code text}; never empty for non-blank text. */
  public static String slugify(String text) {
    return slugify(text, Map.of());
  }

  /**
   * Slugs as a site written in {@code language} spells them: German writes out its umlauts
   * ("Zürich" as {@code zuerich}, "Bücher" as {@code buecher}), Danish and Norwegian ø and å
   * ({@code oe}, {@code aa}); other languages as {@link #slugify(String)}.
   */
  public static java.util.function.UnaryOperator<String> forLanguage(String language) {
    Map<Character, String> own = BY_LANGUAGE.get(
        java.util.Locale.forLanguageTag(language).getLanguage());
    return own == null ? Slugs::slugify : text -> slugify(text, own);
  }

  private static final Map<Character, String> GERMAN = Map.of('ä', "ae", 'ö', "oe", 'ü', "ue",
      'Ä', "ae", 'Ö', "oe", 'Ü', "ue");
  private static final Map<Character, String> NORDIC = Map.of('ø', "oe", 'Ø', "oe", 'å', "aa",
      'Å', "aa");
  private static final Map<String, Map<Character, String>> BY_LANGUAGE = Map.of("de", GERMAN,
      "gsw", GERMAN, "lb", GERMAN, "da", NORDIC, "nb", NORDIC, "nn", NORDIC, "no", NORDIC);

  private static String slugify(String text, Map<Character, String> own) {
    if (!own.isEmpty()) {
      String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
      StringBuilder sb = new StringBuilder(composed.length() + 8);
      for (int i = 0; i < composed.length(); i++) {
        char c = composed.charAt(i);
        String spelt = own.get(c);
        if (spelt != null) {
          sb.append(spelt);
        } else {
          sb.append(c);
        }
      }
      text = sb.toString();
    }
    String slug = asciiSlug(text);
    if (slug.isEmpty() && !text.isBlank()) {
      slug = "x-" + code(text.strip());
    }
    return slug;
  }

  /** The slug of {@code text} from its Latin letters and digits alone; empty when it has none. */
  public static String asciiSlug(String text) {
    String s = transliterate(text);
    StringBuilder out = new StringBuilder(s.length());
    boolean hyphen = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && out.length() > 0) {
          out.append('-');
        }
        hyphen = false;
        out.append(c);
      } else {
        hyphen = true;
      }
    }
    String slug = out.toString();
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH);
    }
    return slug;
  }

  /**
   * Whether {@code s} is already a slug: lower-case ASCII letters and digits joined by single
   * hyphens, the same rule as for section and author keys in site.yaml.
   */
  public static boolean isSlug(String s) {
    return SiteConfigLoader.isKey(s);
  }

  /**
   * Whether a byline {@code name} reads as an author profile's id ("amara-okafor") rather than a
   * person's name, so a missing profile is worth a warning.
   */
  public static boolean looksLikeProfileId(String name) {
    return isSlug(name) && name.contains("-");
  }

  /**
   * Whether two names are written alike but for case, accents, spaces, hyphens and underscores
   * ("Café" and "cafe", "New York" and "new-york"), unlike names that differ in symbols ("C++" and
   * "C#") yet share a slug.
   */
  public static boolean writtenAlike(String a, String b) {
    return spelling(a).equals(spelling(b));
  }

  private static String spelling(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name.toLowerCase(Locale.ROOT),
        Normalizer.Form.NFD)).replaceAll("");
    return SEPARATORS.matcher(folded).replaceAll("");
  }

  private static final java.util.regex.Pattern SEPARATORS =
      java.util.regex.Pattern.compile("[\\s_-]+");

  private static String transliterate(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (CYRILLIC.indexOf(c) < 0 && SPECIAL.get(c) == null) {
        // Accented Greek and Latin letters: look up the base letter (ή -> η, é -> e).
        c = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
      }
      String special = SPECIAL.get(c);
      int cyr = CYRILLIC.indexOf(c);
      int greek = GREEK.indexOf(c);
      if (special != null) {
        sb.append(special);
      } else if (cyr >= 0) {
        sb.append(CYRILLIC_LATIN[cyr]);
      } else if (greek >= 0) {
        sb.append(GREEK_LATIN[greek]);
      } else {
        sb.append(c);
      }
    }
    String decomposed = Normalizer.normalize(sb, Normalizer.Form.NFKD);
    return MARKS.matcher(decomposed).replaceAll("");
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  /** A short code made from the text's bytes (FNV-1a), the same on every machine. */
  private static String code(String text) {
    long h = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return Long.toString(h & 0xffffffffffL, 36);
  }
}
