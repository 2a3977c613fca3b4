package dev.broadsheet.cli;

import dev.broadsheet.scaffold.SiteScaffold;
import dev.broadsheet.util.IoErrors;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code broadsheet init DIR}: a new site that builds at once. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Create a new site in DIR that builds at once: a commented site.yaml, a sample"
        + " article in each of three sections and an author profile.")
final class InitCommand implements Callable<Integer> {
  @ParentCommand Cli cli;

  @Parameters(index = "0", paramLabel = "DIR", description = "The new site's folder.")
  Path dir;

  @Option(names = "--with-templates", description = "Also copy the default theme into DIR/templates to customise.")
  boolean withTemplates;

  @Option(names = "--force", description = "Add the site's files to a folder that is not empty (existing files are kept).")
  boolean force;

  @Override
  public Integer call() {
    try {
      List<String> files = SiteScaffold.create(dir, withTemplates, force, ZonedDateTime.now(cli.clock));
      cli.out.println("Created a new site in " + dir + " (" + files.size() + " files).");
      cli.out.println("Build it with: broadsheet build --site " + dir);
      cli.out.println("Preview it with: broadsheet serve --site " + dir);
      cli.out.flush();
      return Cli.OK;
    } catch (SiteScaffold.ScaffoldException e) {
      cli.err.println("broadsheet: " + e.getMessage());
    } catch (IOException e) {
      cli.err.println("broadsheet: cannot create the site: " + IoErrors.describe(e));
    }
    cli.err.flush();
    return Cli.CONTENT_PROBLEMS;
  }
}
