package dev.broadsheet.parse;

import dev.broadsheet.problem.Problems;
import dev.broadsheet.util.Spelling;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Front-matter keys the model does not know, gathered across all articles so that each is reported
 * once (at its first file by path), not once per file. Safe to use from many threads.
 */
public final class UnknownKeys {
  private record Seen(String file, int line, int column, int count) {}

  private final Map<String, Seen> keys = new TreeMap<>();

  public synchronized void add(String key, String file, int line, int column) {
    Seen old = keys.get(key);
    if (old == null) {
      keys.put(key, new Seen(file, line, column, 1));
    } else if (file.compareTo(old.file) < 0) {
      keys.put(key, new Seen(file, line, column, old.count + 1));
    } else {
      keys.put(key, new Seen(old.file, old.line, old.column, old.count + 1));
    }
  }

  /** One warning per key, with a spelling suggestion where a known key is close. */
  public synchronized void report(Problems problems, Collection<String> known) {
    keys.forEach((key, seen) -> {
      String where = seen.count == 1 ? "" : " (in " + seen.count + " files)";
      String hint = Spelling.suggestion(key, known);
      problems.warning(seen.file, seen.line, seen.column, "unknown front-matter key '" + key + "'"
          + where + (hint.isEmpty()
              ? "; templates can still read it as article.extra." + key : hint));
    });
  }
}
