package dev.broadsheet.cli;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SiteConfigLoader;
import dev.broadsheet.config.SitePaths;
import dev.broadsheet.model.AuthorProfile;
import dev.broadsheet.model.Slugs;
import dev.broadsheet.problem.Problem;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.scaffold.ArticleScaffold;
import dev.broadsheet.source.ContentScanner;
import dev.broadsheet.source.SourceFile;
import dev.broadsheet.util.IoErrors;
import dev.broadsheet.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code broadsheet new "Headline"}: a new draft article from the site's archetype. */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = "Write a new draft article, content/<section>/<slug>.md, dated now, and print"
        + " its path. It never overwrites a file.")
final class NewCommand implements Callable<Integer> {
  @ParentCommand Cli cli;

  @Parameters(index = "0", paramLabel = "HEADLINE", description = "The headline, in quotes.")
  String headline;

  @Option(names = "--site", paramLabel = "DIR", description = "The site folder (default: the current folder).")
  Path site = Path.of(".");

  @Option(names = "--section", paramLabel = "KEY", description = "The section (default: the first in site.yaml).")
  String section;

  @Option(names = "--author", paramLabel = "ID", description = "An author's id or name; repeat for more.")
  List<String> authors = new ArrayList<>();

  @Option(names = "--slug", paramLabel = "SLUG", description = "The file name and URL slug (default: from the headline).")
  String slug;

  @Option(names = "--live", description = "Start live coverage: 'live: true' and a first update headed by the time now.")
  boolean live;

  @Override
  public Integer call() {
    SitePaths paths = SitePaths.of(site);
    Problems problems = new Problems();
    Optional<SiteConfig> config = new SiteConfigLoader(new YamlReader()).load(paths, problems);
    for (Problem p : problems.sorted()) {
      cli.err.println(p.format());
    }
    if (config.isEmpty()) {
      cli.err.flush();
      return Cli.CONTENT_PROBLEMS;
    }
    try {
      Path file = new ArticleScaffold(paths, config.get())
          .create(headline, section, slug, authors, live, ZonedDateTime.now(cli.clock));
      cli.out.println(paths.relative(file));
      cli.out.flush();
      warnOfMissingProfiles(paths);
      return Cli.OK;
    } catch (ArticleScaffold.ScaffoldException e) {
      cli.err.println("broadsheet: " + e.getMessage());
    } catch (IOException e) {
      cli.err.println("broadsheet: cannot write the article: "
          + IoErrors.describe(e, paths::relative));
    }
    cli.err.flush();
    return Cli.CONTENT_PROBLEMS;
  }

  /** As a build would: an author written as a profile's id whose profile does not exist. */
  private void warnOfMissingProfiles(SitePaths paths) {
    // The profiles a build would read, found by the build's own scan of content/.
    List<String> ids = new ContentScanner().scan(paths, new Problems()).authors().stream()
        .map(SourceFile::stem).toList();
    for (String a : authors) {
      if (Slugs.looksLikeProfileId(a) && !ids.contains(a)) {
        cli.err.println("broadsheet: warning: " + AuthorProfile.missing(a, ids));
      }
    }
    cli.err.flush();
  }
}
