package dev.broadsheet.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one run from every stage and thread. Stages report and carry on, so a
 * publisher sees every problem at once; the build decides at the end whether to publish.
 */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  public synchronized void add(Problem problem) {
    list.add(problem);
  }

  public void error(String file, int line, int column, String message) {
    add(Problem.error(file, line, column, message));
  }

  public void warning(String file, int line, int column, String message) {
    add(Problem.warning(file, line, column, message));
  }

  public synchronized boolean hasErrors() {
    return list.stream().anyMatch(Problem::isError);
  }

  public synchronized boolean hasErrorsIn(String file) {
    return list.stream().anyMatch(p -> p.isError() && p.file().equals(file));
  }

  /** Every problem so far, sorted and without repeats. */
  public synchronized List<Problem> sorted() {
    return list.stream().distinct().sorted(Problem.ORDER).toList();
  }
}
