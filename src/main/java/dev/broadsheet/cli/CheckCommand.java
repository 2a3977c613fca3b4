package dev.broadsheet.cli;

import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.build.BuildReport;
import dev.broadsheet.build.Generator;
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
  @ParentCommand Cli cli;
  @Mixin SiteOptions site;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--strict", description = "Count warnings as errors.")
  boolean strict;

  @Override
  public Integer call() {
    BuildOptions options = site.options(cli.clock, spec.commandLine()).withWrite(false);
    BuildReport report = new Generator().run(site.paths(), options);
    ReportPrinter.problems(report, cli.err);
    boolean failed = report.errors() > 0 || (strict && report.warnings() > 0);
    cli.out.println((failed ? "Check failed: " : "Check passed: ")
        + ReportPrinter.plural(report.articles(), "article") + ", "
        + ReportPrinter.counts(report) + ".");
    if (site.verbose) {
      ReportPrinter.stages(report, cli.out);
    }
    cli.out.flush();
    return failed ? Cli.CONTENT_PROBLEMS : Cli.OK;
  }
}
