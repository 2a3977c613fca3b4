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

  /**
   * {@code path:line:column: error: message}, the form editors and CI annotate, on one line:
   * control characters and those that reorder text, which a file name or a quoted value may
   * hold, are written as escapes (ESC as <code>&#92;u001B</code>), so that a report can neither
   * break its lines nor send escape sequences to the terminal nor show text out of order.
   */
  public String format() {
    StringBuilder sb = new StringBuilder(file.length() + message.length() + 32);
    visible(sb, file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ").append(severity.label()).append(": ");
    visible(sb, message);
    return sb.toString();
  }

  private static void visible(StringBuilder sb, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0x202A && c <= 0x202E)
          || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
  }

  @Override
  public String toString() {
    return format();
  }
}
