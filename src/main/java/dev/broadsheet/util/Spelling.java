package dev.broadsheet.util;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** The name a publisher meant, for a misspelt key, section or author id. */
public final class Spelling {
  private Spelling() {}

  /** "did you mean 'x'?" for a misspelt key, or "" when nothing is close. */
  public static String suggestion(String key, Collection<String> known) {
    return known.stream()
        .filter(k -> distance(k.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT)) <= Math.max(1, k.length() / 3))
        .min(Comparator.comparingInt((String k) -> distance(k.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT)))
            .thenComparing(Comparator.naturalOrder()))
        .map(k -> "; did you mean '" + k + "'?")
        .orElse("");
  }

  /**
   * The edits that turn {@code a} into {@code b}: a letter added, removed or changed, or two
   * neighbours swapped ("wrold" is one from "world"), each counting one.
   */
  public static int distance(String a, String b) {
    int[] before = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          cur[j] = Math.min(cur[j], before[j - 2] + 1);
        }
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
