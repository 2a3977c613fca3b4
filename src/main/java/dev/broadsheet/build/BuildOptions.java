package dev.broadsheet.build;

import java.nio.file.Path;
import java.time.Clock;

/**
 * How to run one build. {@code output} null means the site's output/; {@code baseUrl} null keeps
 * site.yaml's. {@code write} false is {@code check}: the whole build, nothing written, image
 * problems counted as errors. {@code keepGoing} publishes the articles without errors. {@code cache} lets a build reuse what
 * the last one read and rendered (see docs/performance.md).
 */
public record BuildOptions(
    Path output,
    boolean drafts,
    boolean future,
    String baseUrl,
    boolean keepGoing,
    boolean write,
    Clock clock,
    boolean cache) {

  public static BuildOptions defaults(Clock clock) {
    return new BuildOptions(null, false, false, null, false, true, clock, true);
  }

  public BuildOptions withOutput(Path value) {
    return new BuildOptions(value, drafts, future, baseUrl, keepGoing, write, clock, cache);
  }

  public BuildOptions withDrafts(boolean value) {
    return new BuildOptions(output, value, future, baseUrl, keepGoing, write, clock, cache);
  }

  public BuildOptions withFuture(boolean value) {
    return new BuildOptions(output, drafts, value, baseUrl, keepGoing, write, clock, cache);
  }

  public BuildOptions withBaseUrl(String value) {
    return new BuildOptions(output, drafts, future, value, keepGoing, write, clock, cache);
  }

  public BuildOptions withKeepGoing(boolean value) {
    return new BuildOptions(output, drafts, future, baseUrl, value, write, clock, cache);
  }

  /** {@code false} reads every article and renders every page, and keeps no build cache. */
  public BuildOptions withCache(boolean value) {
    return new BuildOptions(output, drafts, future, baseUrl, keepGoing, write, clock, value);
  }

  public BuildOptions withWrite(boolean value) {
    return new BuildOptions(output, drafts, future, baseUrl, keepGoing, value, clock, cache);
  }
}
