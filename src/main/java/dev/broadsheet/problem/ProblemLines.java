package dev.broadsheet.problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

  /**
   * What a warning says without its particulars: "image '…' not found". One pass: an aside in
   * brackets and the space before it are left out, a quoted value becomes '…', and a run of
   * digits #.
   */
  static String kind(String message) {
    StringBuilder kind = new StringBuilder(message.length());
    int depth = 0;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '(') {
        if (depth++ == 0) {
          while (kind.length() > 0 && Character.isWhitespace(kind.charAt(kind.length() - 1))) {
            kind.setLength(kind.length() - 1);
          }
        }
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (depth > 0) {
        continue;
      } else if (c == '\'') {
        int close = message.indexOf('\'', i + 1);
        if (close < 0) {
          kind.append(c);
        } else {
          kind.append("'…'");
          i = close;
        }
      } else if (c >= '0' && c <= '9') {
        kind.append('#');
        while (i + 1 < message.length() && message.charAt(i + 1) >= '0'
            && message.charAt(i + 1) <= '9') {
          i++;
        }
      } else {
        kind.append(c);
      }
    }
    return kind.toString();
  }
}
