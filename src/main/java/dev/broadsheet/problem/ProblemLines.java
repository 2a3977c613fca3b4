package dev.broadsheet.problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Problems as the lines a terminal shows. Every error is shown. A warning of a kind the run
 * reports more than {@value #MANY} times (the same message but for the quoted values, numbers and
 * the asides in brackets: an image missing from thousands of articles) is shown for its first
 * {@value #SHOWN} and then told as one line with the count, so that one systematic warning does
 * not bury the rest; all of them are shown when asked.
 */
public final class ProblemLines {
  /** More warnings of one kind than this are summed up. */
  static final int MANY = 20;
  /** How many of a kind summed up are shown first. */
  static final int SHOWN = 10;

  /** What the commands' --all-warnings does, for their help. */
  public static final String ALL_WARNINGS = "Print every warning: by default a kind of warning"
      + " reported more than " + MANY + " times shows its first " + SHOWN + " and a count.";

  private static final Pattern QUOTED = Pattern.compile("'[^']*'");
  private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]*\\)");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private ProblemLines() {}

  /** The lines for {@code problems} (sorted), all of them when {@code all}. */
  public static List<String> of(List<Problem> problems, boolean all) {
    List<String> lines = new ArrayList<>(problems.size());
    if (all || problems.size() <= MANY) {
      problems.forEach(p -> lines.add(p.format()));
      return lines;
    }
    Map<String, Integer> counts = new HashMap<>();
    List<String> kinds = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      String kind = p.isError() ? null : kind(p.message());
      kinds.add(kind);
      if (kind != null) {
        counts.merge(kind, 1, Integer::sum);
      }
    }
    Map<String, Integer> shown = new HashMap<>();
    List<String> summed = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      String kind = kinds.get(i);
      if (kind == null || counts.get(kind) <= MANY) {
        lines.add(problems.get(i).format());
      } else if (shown.merge(kind, 1, Integer::sum) <= SHOWN) {
        lines.add(problems.get(i).format());
        if (shown.get(kind) == SHOWN) {
          summed.add(kind);
        }
      }
    }
    for (String kind : summed) {
      lines.add(String.format(Locale.ROOT, "broadsheet: %,d more warnings like the first %d of"
          + " \"%s\" are not shown; --all-warnings shows them", counts.get(kind) - SHOWN, SHOWN,
          kind));
    }
    return lines;
  }

  /** What a warning says without its particulars: "image '…' not found". */
  static String kind(String message) {
    String kind = ASIDE.matcher(message).replaceAll("");
    kind = QUOTED.matcher(kind).replaceAll("'…'");
    return NUMBER.matcher(kind).replaceAll("#");
  }
}
