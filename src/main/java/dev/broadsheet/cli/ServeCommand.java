package dev.broadsheet.cli;

import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.config.SitePaths;
import dev.broadsheet.problem.ProblemLines;
import dev.broadsheet.serve.ServeSession;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code broadsheet serve}: build, serve on 127.0.0.1, rebuild and reload on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Build the site, serve it on 127.0.0.1 and rebuild it on every change; open"
        + " pages reload themselves. Nothing is written to output/. Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {
  /** How many ports after --port are tried when it is taken. */
  static final int PORT_TRIES = 10;

  @ParentCommand Cli cli;

  @Option(names = "--site", paramLabel = "DIR", description = "The site folder (default: the current folder).")
  Path site = Path.of(".");

  @Option(names = "--port", paramLabel = "PORT", description = "The port to listen on (default: 8080;"
      + " when taken, the next free one of the following " + (PORT_TRIES - 1) + " is used and named).")
  int port = 8080;

  @Option(names = "--drafts", description = "Include articles marked draft: true.")
  boolean drafts;

  @Option(names = "--future", description = "Include articles dated in the future or under embargo.")
  boolean future;

  @Option(names = "--all-warnings", description = ProblemLines.ALL_WARNINGS)
  boolean allWarnings;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      cli.err.println("broadsheet: --port must be from 0 to 65535");
      return Cli.USAGE;
    }
    BuildOptions options = BuildOptions.defaults(cli.clock).withDrafts(drafts).withFuture(future);
    ServeSession session;
    try {
      session = ServeSession.start(SitePaths.of(site), options, port, PORT_TRIES, cli.out, cli.err,
          allWarnings);
    } catch (BindException e) {
      cli.err.println("broadsheet: " + e.getMessage());
      return Cli.CONTENT_PROBLEMS;
    } catch (IOException e) {
      cli.err.println("broadsheet: cannot serve: " + e.getMessage());
      return Cli.CONTENT_PROBLEMS;
    }
    cli.out.println("Serving at " + session.url() + " (Ctrl-C to stop).");
    cli.out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      session.close();
      cli.out.println("Stopped.");
      cli.out.flush();
      stopped.countDown();
    }));
    stopped.await();
    return Cli.OK;
  }
}
