package dev.broadsheet.cli;

import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.build.BuildReport;
import dev.broadsheet.build.Generator;
import dev.broadsheet.problem.Problem;
import dev.broadsheet.util.Json;
import dev.broadsheet.util.OrderedMaps;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code broadsheet check}: the whole build, nothing written, every problem reported. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Run the whole build without writing and report every problem."
        + " Missing images and missing alt text count as errors here.")
final class CheckCommand implements Callable<Integer> {
  /** How the report is printed. */
  enum Format { text, json }

  @ParentCommand Cli cli;
  @Mixin SiteOptions site;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--strict", description = "Count warnings as errors.")
  boolean strict;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json: a"
      + " machine-readable report on standard output, for CI.")
  Format format = Format.text;

  @Override
  public Integer call() {
    BuildOptions options = site.options(cli.clock, spec.commandLine()).withWrite(false);
    BuildReport report = new Generator().run(site.paths(), options);
    boolean failed = report.errors() > 0 || (strict && report.warnings() > 0);
    if (format == Format.json) {
      List<Object> problems = report.problems().stream().map(CheckCommand::json).toList();
      cli.out.println(Json.write(OrderedMaps.of("ok", !failed, "errors", report.errors(),
          "warnings", report.warnings(), "articles", report.articles(), "strict", strict,
          "problems", problems)));
      cli.out.flush();
      return failed ? Cli.CONTENT_PROBLEMS : Cli.OK;
    }
    ReportPrinter.problems(report, cli.err, site.allWarnings);
    if (!site.quiet) {
      cli.out.println((failed ? "Check failed: " : "Check passed: ")
          + ReportPrinter.plural(report.articles(), "article") + ", "
          + ReportPrinter.counts(report) + ".");
    }
    if (site.verbose) {
      ReportPrinter.stages(report, cli.out);
    }
    cli.out.flush();
    return failed ? Cli.CONTENT_PROBLEMS : Cli.OK;
  }

  private static Object json(Problem p) {
    return OrderedMaps.of("file", p.file(), "line", p.line(), "column", p.column(),
        "severity", p.severity().label(), "message", p.message());
  }
}
