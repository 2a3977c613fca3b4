package dev.broadsheet.cli;

import dev.broadsheet.build.BuildReport;
import dev.broadsheet.problem.ProblemLines;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Prints a build's problems and its one-line summary. */
final class ReportPrinter {
  private ReportPrinter() {}

  /**
   * One line per problem, written a block at a time: {@code err} flushes every line it prints,
   * and a large site may have thousands of warnings.
   */
  /** The report's problems; a warning of a kind reported many times summed up unless {@code all}. */
  static void problems(BuildReport report, PrintWriter err, boolean all) {
    StringBuilder block = new StringBuilder();
    for (String line : ProblemLines.of(report.problems(), all)) {
      block.append(line).append(System.lineSeparator());
      if (block.length() >= BLOCK) {
        err.print(block);
        block.setLength(0);
      }
    }
    err.print(block);
    err.flush();
  }

  /** Characters of problems written at once. */
  private static final int BLOCK = 1 << 16;

  static void stages(BuildReport report, PrintWriter out) {
    report.stageMillis().forEach((stage, ms) ->
        out.printf(Locale.ROOT, "  %-8s %6d ms%n", stage, ms));
    BuildReport.Work w = report.work();
    out.printf(Locale.ROOT, "  read %d of %d article files, compared %d and rendered %d of %d"
        + " pages, made %d of %d feeds, sitemaps and search files, wrote %d files%n",
        w.articlesRead(), w.articleFiles(), w.pagesCompared(), w.pagesRendered(), report.pages(),
        w.generatedMade(), w.generatedFiles(), w.filesWritten());
  }

  static String counts(BuildReport report) {
    return plural(report.errors(), "error") + " and " + plural(report.warnings(), "warning");
  }

  static String seconds(BuildReport report) {
    return String.format(Locale.ROOT, "%.2f s", report.totalMillis() / 1000.0);
  }

  static void nextDue(BuildReport report, PrintWriter out) {
    report.nextDue().ifPresent(due -> out.println("Next scheduled change falls due at "
        + due.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "; rebuild then."));
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
