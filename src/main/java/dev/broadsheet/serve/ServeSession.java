package dev.broadsheet.serve;

import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.build.BuildReport;
import dev.broadsheet.build.Generator;
import dev.broadsheet.config.SitePaths;
import dev.broadsheet.problem.Problem;
import dev.broadsheet.problem.ProblemLines;
import dev.broadsheet.util.Folders;
import dev.broadsheet.util.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code broadsheet serve}: builds the site into a private temporary folder (never output/), serves
 * it on 127.0.0.1, and rebuilds on every change to the site. A good rebuild reloads the open
 * pages it changed; a failed one shows its problems in the terminal and over the page, and the
 * last good site keeps being served. An edit to one article shows its page first, before the rest
 * of the site is built again.
 */
public final class ServeSession implements AutoCloseable {
  private final SitePaths site;
  private final BuildOptions options;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Path temp;
  private final LiveReload reload = new LiveReload();
  private final DevServer server;
  private SiteWatcher watcher;
  private int port;
  private volatile List<Problem> lastProblems = List.of();
  private volatile int builds;
  private final boolean allWarnings;
  /** One generator for every build of the session, so each rebuild starts from the last. */
  private final Generator generator = Generator.remembering();

  private ServeSession(SitePaths site, BuildOptions options, PrintWriter out, PrintWriter err,
      boolean allWarnings) throws IOException {
    this.allWarnings = allWarnings;
    this.temp = Files.createTempDirectory("broadsheet-serve-");
    this.site = site.withOutput(temp.resolve("site"));
    this.options = options;
    this.out = out;
    this.err = err;
    this.server = new DevServer(this.site.output(), reload, this::problemsHtml);
  }

  /**
   * Binds the first free port from {@code port} on ({@code tries} of them; 0 for any), builds the
   * site and starts watching it.
   */
  public static ServeSession start(SitePaths site, BuildOptions options, int port, int tries,
      PrintWriter out, PrintWriter err) throws IOException {
    return start(site, options, port, tries, out, err, false);
  }

  /**
   * As above; {@code allWarnings} prints every warning after each build rather than summing up
   * a kind reported many times ({@link ProblemLines}).
   */
  public static ServeSession start(SitePaths site, BuildOptions options, int port, int tries,
      PrintWriter out, PrintWriter err, boolean allWarnings) throws IOException {
    ServeSession session = new ServeSession(site, options, out, err, allWarnings);
    try {
      session.bind(port, tries);
      session.build("");
      session.watcher = new SiteWatcher(site, session::changed);
      session.watcher.start();
      return session;
    } catch (IOException | RuntimeException e) {
      session.close();
      throw e;
    }
  }

  private void bind(int first, int tries) throws IOException {
    BindException last = null;
    for (int p = first; p < first + Math.max(1, tries); p++) {
      try {
        port = server.start(p);
        if (first != 0 && port != first) {
          out.println("Port " + first + " is in use; serving on port " + port + " instead.");
        }
        return;
      } catch (BindException e) {
        last = e;
        if (first == 0) {
          break;
        }
      }
    }
    throw new BindException("port " + first + (tries > 1 ? " and the next " + (tries - 1) : "")
        + " are in use; choose another with --port");
  }

  public int port() {
    return port;
  }

  public String url() {
    return "http://127.0.0.1:" + port + "/";
  }

  /** How many builds have finished, good or bad. */
  public int builds() {
    return builds;
  }

  /** The folder being served: the last good build. */
  public Path servedFolder() {
    return site.output();
  }

  private void changed(Set<String> files) {
    String what = files.size() == 1 ? files.iterator().next() : files.size() + " files";
    if (files.size() == 1) {
      preview(what);
    }
    build(" after " + what + " changed");
  }

  /**
   * Shows an edited article's page before the whole site is built again, when the edit leaves
   * the site's shape as it was (see {@link Generator#preview}).
   */
  private synchronized void preview(String file) {
    long start = System.nanoTime();
    generator.preview(site, file).ifPresent(written -> {
      reload.reload(written, BASE_PATH);
      out.println(String.format(Locale.ROOT, "Showed the page of %s in %.2f s; building the rest.",
          file, (System.nanoTime() - start) / 1e9));
      out.flush();
    });
  }

  /** Where the served site starts: the root of the server. */
  private static final String BASE_PATH = "/";

  private synchronized void build(String why) {
    BuildReport report = generator.run(site, options.withOutput(site.output())
        .withBaseUrl(url()));
    lastProblems = report.problems();
    for (String line : ProblemLines.of(report.problems(), allWarnings)) {
      err.println(line);
    }
    err.flush();
    if (report.published()) {
      out.println(String.format(Locale.ROOT, "Built%s: %d articles, %d pages (%d rendered) in %.2f s.",
          why, report.articles(), report.pages(), report.work().pagesRendered(),
          report.totalMillis() / 1000.0));
      report.changedFiles().ifPresentOrElse(files -> reload.reload(files, BASE_PATH),
          reload::reload);
    } else {
      out.println("Build failed" + why + " with " + report.errors() + " error"
          + (report.errors() == 1 ? "" : "s") + "; still serving the last good site.");
      reload.problems(Json.compact(report.problems().stream().map(Problem::format).toList()));
    }
    out.flush();
    builds++;
    notifyAll();
  }

  /** Waits until at least {@code count} builds have finished, or the timeout passes. */
  public synchronized boolean awaitBuilds(int count, long timeoutMillis) throws InterruptedException {
    long end = System.nanoTime() + timeoutMillis * 1_000_000;
    while (builds < count) {
      long left = (end - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    return true;
  }

  private String problemsHtml() {
    if (lastProblems.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder("<pre>");
    for (Problem p : lastProblems) {
      sb.append(p.format().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
          .append('\n');
    }
    return sb.append("</pre>").toString();
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    server.close();
    try {
      Folders.deleteTree(temp);
    } catch (IOException ignored) {
      // A temporary folder; the system cleans it up if we cannot.
    }
  }
}
