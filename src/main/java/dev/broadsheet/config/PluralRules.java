package dev.broadsheet.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * How a language chooses the form of a word by a whole number: CLDR's plural rules for counts
 * (which have no fractions), the rules browsers follow in {@code Intl.PluralRules}. English has
 * {@code one} (1) and {@code other}; Russian {@code one} (1, 21, 31, ...), {@code few} (2 to 4, 22
 * to 24, ...) and {@code many} (0, 5 to 20, 25, ...); Chinese and Japanese one form for all.
 * Languages not named here count as English does. The forms that CLDR gives only to fractions
 * or to round millions are left out: no count of a label meets them.
 */
public final class PluralRules {
  /** Every form a rule may choose, in CLDR's order. */
  public static final List<String> FORMS = List.of("zero", "one", "two", "few", "many", "other");

  private static final PluralRules ONE_OTHER = new PluralRules(List.of("one", "other"),
      n -> n == 1 ? "one" : "other");
  private static final PluralRules ONE_FOR_ZERO = new PluralRules(List.of("one", "other"),
      n -> n <= 1 ? "one" : "other");
  private static final PluralRules OTHER = new PluralRules(List.of("other"), n -> "other");
  /** Russian, Ukrainian, Belarusian. */
  private static final PluralRules EAST_SLAVIC = new PluralRules(List.of("one", "few", "many", "other"),
      n -> n % 10 == 1 && n % 100 != 11 ? "one" : twoToFour(n) ? "few" : "many");
  /** Croatian, Serbian, Bosnian. */
  private static final PluralRules SOUTH_SLAVIC = new PluralRules(List.of("one", "few", "other"),
      n -> n % 10 == 1 && n % 100 != 11 ? "one" : twoToFour(n) ? "few" : "other");

  private final List<String> forms;
  private final LongFunction<String> select;

  private PluralRules(List<String> forms, LongFunction<String> select) {
    this.forms = forms;
    this.select = select;
  }

  /** The rules of {@code languageTag}'s language ({@code pt-PT} has its own). */
  public static PluralRules of(String languageTag) {
    String language = Locale.forLanguageTag(languageTag).getLanguage();
    if (languageTag.equalsIgnoreCase("pt-PT")) {
      return ONE_OTHER;
    }
    return switch (language) {
      case "zh", "ja", "ko", "th", "vi", "id", "ms", "lo", "my", "km", "jv", "su", "yo", "ig",
          "bo", "dz", "to", "yue", "wo", "kea", "sg", "ii" -> OTHER;
      case "fr", "pt", "hy", "kab", "ff", "hi", "bn", "fa", "gu", "kn", "mr", "zu", "am", "as",
          "pa", "ln", "mg", "ti", "ak", "wa", "nso", "bho", "doi", "pcm", "si" -> ONE_FOR_ZERO;
      case "ru", "uk", "be" -> EAST_SLAVIC;
      case "hr", "sr", "bs", "sh" -> SOUTH_SLAVIC;
      case "pl" -> new PluralRules(List.of("one", "few", "many", "other"),
          n -> n == 1 ? "one" : twoToFour(n) ? "few" : "many");
      case "cs", "sk" -> new PluralRules(List.of("one", "few", "other"),
          n -> n == 1 ? "one" : n >= 2 && n <= 4 ? "few" : "other");
      case "sl" -> new PluralRules(List.of("one", "two", "few", "other"),
          n -> n % 100 == 1 ? "one" : n % 100 == 2 ? "two" : n % 100 == 3 || n % 100 == 4 ? "few" : "other");
      case "lt" -> new PluralRules(List.of("one", "few", "other"),
          n -> teen(n) ? "other" : n % 10 == 1 ? "one" : n % 10 >= 2 ? "few" : "other");
      case "lv" -> new PluralRules(List.of("zero", "one", "other"),
          n -> n % 10 == 0 || teen(n) ? "zero" : n % 10 == 1 ? "one" : "other");
      case "ro", "mo" -> new PluralRules(List.of("one", "few", "other"),
          n -> n == 1 ? "one" : n == 0 || n % 100 >= 1 && n % 100 <= 19 ? "few" : "other");
      case "ar" -> new PluralRules(List.of("zero", "one", "two", "few", "many", "other"),
          n -> n == 0 ? "zero" : n == 1 ? "one" : n == 2 ? "two"
              : n % 100 >= 3 && n % 100 <= 10 ? "few" : n % 100 >= 11 ? "many" : "other");
      case "he", "iw" -> new PluralRules(List.of("one", "two", "other"),
          n -> n == 1 ? "one" : n == 2 ? "two" : "other");
      case "ga" -> new PluralRules(List.of("one", "two", "few", "many", "other"),
          n -> n == 1 ? "one" : n == 2 ? "two" : n >= 3 && n <= 6 ? "few" : n >= 7 && n <= 10 ? "many" : "other");
      case "cy" -> new PluralRules(List.of("zero", "one", "two", "few", "many", "other"),
          n -> n == 0 ? "zero" : n == 1 ? "one" : n == 2 ? "two" : n == 3 ? "few" : n == 6 ? "many" : "other");
      case "is", "mk" -> new PluralRules(List.of("one", "other"),
          n -> n % 10 == 1 && n % 100 != 11 ? "one" : "other");
      case "gd" -> new PluralRules(List.of("one", "two", "few", "other"),
          n -> n == 1 || n == 11 ? "one" : n == 2 || n == 12 ? "two" : n >= 3 && n <= 19 ? "few" : "other");
      case "mt" -> new PluralRules(List.of("one", "two", "few", "many", "other"),
          n -> n == 1 ? "one" : n == 2 ? "two" : n == 0 || n % 100 >= 3 && n % 100 <= 10 ? "few"
              : n % 100 >= 11 && n % 100 <= 19 ? "many" : "other");
      default -> ONE_OTHER;
    };
  }

  /** 2 to 4, 22 to 24, ... but not 12 to 14. */
  private static boolean twoToFour(long n) {
    return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14);
  }

  /** 11 to 19, 111 to 119, ... */
  private static boolean teen(long n) {
    return n % 100 >= 11 && n % 100 <= 19;
  }

  /** The form for {@code count} (of a negative count, the form of its size). */
  public String select(long count) {
    return select.apply(Math.abs(count));
  }

  /** The forms this language chooses among, in CLDR's order; {@code other} always among them. */
  public List<String> forms() {
    return forms;
  }

  /** Whether {@code form} is one of {@link #FORMS}. */
  public static boolean isForm(String form) {
    return FORM_SET.contains(form);
  }

  private static final Set<String> FORM_SET = Set.copyOf(FORMS);
}
