package dev.broadsheet.cli;

import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.build.BuildReport;
import dev.broadsheet.build.Generator;
import dev.broadsheet.build.Progress;
import dev.broadsheet.config.SitePaths;
import dev.broadsheet.util.IoErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code broadsheet build}: builds the site into its output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the site into output/ (replaced only when the build succeeds).")
final class BuildCommand implements Callable<Integer> {
  @ParentCommand Cli cli;
  @Mixin SiteOptions site;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--output", paramLabel = "DIR", description = "Where to write the site (default: output/ in the site folder).")
  Path output;

  @Option(names = "--no-cache", description = "Read every article and render every page, as on a"
      + " first build, and keep nothing for the next build in .broadsheet-cache/.")
  boolean noCache;

  @Option(names = "--keep-going", description = "Publish the articles without errors even when"
      + " others have errors; each is still named, and the exit code is still 1.")
  boolean keepGoing;

  @Option(names = "--next-build-file", paramLabel = "FILE", description = "Write the instant the"
      + " next scheduled or embargoed article falls due, or a breaking label ends (ISO 8601, UTC),"
      + " to FILE, or empty it when nothing is waiting, so cron or CI can rebuild exactly then.")
  Path nextBuildFile;

  @Override
  public Integer call() {
    SitePaths paths = site.paths();
    if (output != null) {
      paths = paths.withOutput(output);
    }
    BuildOptions options = site.options(cli.clock, spec.commandLine()).withKeepGoing(keepGoing)
        .withCache(!noCache);
    Progress progress = site.quiet ? Progress.NONE : cli.terminal ? new TerminalProgress(cli.err)
        : Progress.notices(line -> {
          cli.err.println(line);
          cli.err.flush();
        });
    BuildReport report = new Generator().run(paths, options, progress);
    ReportPrinter.problems(report, cli.err, site.allWarnings);
    String outputName = paths.relative(paths.output());
    String where = outputName.endsWith("/") ? outputName : outputName + "/";
    if (!site.quiet) {
      if (report.published()) {
        cli.out.println("Built " + ReportPrinter.plural(report.articles(), "article") + ", "
            + ReportPrinter.plural(report.pages(), "page") + " and "
            + ReportPrinter.plural(report.files(), "file") + " into " + where + " in "
            + ReportPrinter.seconds(report) + " (" + ReportPrinter.counts(report) + ").");
        if (report.failedArticles() > 0) {
          cli.out.println(ReportPrinter.plural(report.failedArticles(), "article")
              + " left out because of errors (--keep-going).");
        }
      } else {
        cli.out.println("Build failed with " + ReportPrinter.counts(report) + "; " + where
            + " was left as it was.");
      }
      ReportPrinter.nextDue(report, cli.out);
    }
    if (site.verbose) {
      ReportPrinter.stages(report, cli.out);
    }
    cli.out.flush();
    if (nextBuildFile != null) {
      // UTC, so that a shell script can compare it with `date -u` as text.
      String due = report.nextDue().map(t -> t.toInstant().toString() + "\n").orElse("");
      try {
        Files.writeString(nextBuildFile, due, StandardCharsets.UTF_8);
      } catch (IOException e) {
        cli.err.println("broadsheet: cannot write " + IoErrors.describe(e));
        cli.err.flush();
        return Cli.CONTENT_PROBLEMS;
      }
    }
    return report.errors() > 0 ? Cli.CONTENT_PROBLEMS : Cli.OK;
  }
}
