package dev.broadsheet.problem;

import java.util.Comparator;

/**
 * One thing wrong with the input, with where it is. {@code file} is relative to the site folder with
 * forward slashes; {@code line} and {@code column} are 1-based, or 0 when the position is unknown.
 */
public record Problem(String file, int line, int column, Severity severity, String message) {

  /** Problems sort by file, then position, then message, so a report reads top to bottom. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::message);

  public static Problem error(String file, int line, int column, String message) {
    return new Problem(file, line, column, Severity.ERROR, message);
  }

  public static Problem warning(String file, int line, int column, String message) {
    return new Problem(file, line, column, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  // Written out: a record's own equals and hashCode go through method handles, which cost a
  // build of 10,000 articles (a problem each) more than comparing the fields does.
  @Override
  public boolean equals(Object o) {
    return o instanceof Problem p && line == p.line && column == p.column
        && severity == p.severity && file.equals(p.file) && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return ((file.hashCode() * 31 + line) * 31 + column) * 31 + message.hashCode();
  }

  /** {@code path:line:column: error: message}, the form editors and CI annotate. */
  public String format() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(severity.label()).append(": ").append(message).toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
