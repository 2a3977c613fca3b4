package dev.broadsheet.cli;

import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.config.SitePaths;
import dev.broadsheet.problem.ProblemLines;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every command that builds the site shares. */
final class SiteOptions {
  @Option(names = "--site", paramLabel = "DIR", description = "The site folder (default: the current folder).")
  Path site = Path.of(".");

  @Option(names = "--drafts", description = "Include articles marked draft: true.")
  boolean drafts;

  @Option(names = "--future", description = "Include articles dated in the future or under embargo.")
  boolean future;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Use this base URL instead of site.yaml's (for staging builds).")
  String baseUrl;

  @Option(names = "--now", paramLabel = "TIME", description = "Build as if it were this time"
      + " (ISO 8601, such as 2023-02-22T09:00:00Z), to preview a schedule or reproduce a build.")
  String now;

  @Option(names = {"-v", "--verbose"}, description = "Print the time each stage took.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
  boolean quiet;

  @Option(names = "--all-warnings", description = ProblemLines.ALL_WARNINGS)
  boolean allWarnings;

  SitePaths paths() {
    return SitePaths.of(site);
  }

  BuildOptions options(Clock clock, CommandLine commandLine) {
    Clock c = clock;
    if (now != null) {
      OffsetDateTime time;
      try {
        time = OffsetDateTime.parse(now);
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(commandLine,
            "--now '" + now + "' is not a time; write one like 2023-02-22T09:00:00Z");
      }
      // Dates are worked out some days either side of now: keep to years that have room.
      int year = time.atZoneSameInstant(ZoneOffset.UTC).getYear();
      if (year < 1 || year > 9999) {
        throw new CommandLine.ParameterException(commandLine, "--now '" + now
            + "' is out of range; write a time from the year 1 to 9999, like 2023-02-22T09:00:00Z");
      }
      c = Clock.fixed(time.toInstant(), ZoneOffset.UTC);
    }
    return BuildOptions.defaults(c).withDrafts(drafts).withFuture(future).withBaseUrl(baseUrl);
  }
}
