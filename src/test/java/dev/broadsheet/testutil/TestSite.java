package dev.broadsheet.testutil;

import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.build.BuildReport;
import dev.broadsheet.build.Generator;
import dev.broadsheet.config.SitePaths;
import dev.broadsheet.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A whole site written from one text block: each file starts with a line {@code === path}, and
 * everything up to the next such line is its content. Builds run with a fixed clock.
 */
public final class TestSite {
  /** The "now" of every test build unless a test says otherwise. */
  public static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  private final Path root;

  private TestSite(Path root) {
    this.root = root;
  }

  public static TestSite write(Path dir, String spec) {
    TestSite site = new TestSite(dir);
    site.add(spec);
    return site;
  }

  /** Adds or replaces the files in {@code spec}. */
  public TestSite add(String spec) {
    String path = null;
    StringBuilder body = new StringBuilder();
    String text = spec.endsWith("\n") ? spec.substring(0, spec.length() - 1) : spec;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("=== ")) {
        if (path != null) {
          file(path, body.toString());
        }
        path = line.substring(4).strip();
        body.setLength(0);
      } else if (path != null) {
        body.append(line).append('\n');
      }
    }
    if (path != null) {
      file(path, body.toString());
    }
    return this;
  }

  public TestSite file(String path, String content) {
    return bytes(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public TestSite bytes(String path, byte[] content) {
    try {
      Path p = root.resolve(path);
      Files.createDirectories(p.getParent());
      Files.write(p, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public Path root() {
    return root;
  }

  public SitePaths paths() {
    return SitePaths.of(root);
  }

  public Path output() {
    return paths().output();
  }

  public BuildOptions options() {
    return BuildOptions.defaults(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  public BuildReport build() {
    return build(options());
  }

  public BuildReport build(BuildOptions options) {
    return new Generator().run(paths(), options);
  }

  /** Builds and fails with the problems if there were any errors. */
  public BuildReport buildClean() {
    BuildReport report = build();
    if (report.errors() > 0 || !report.published()) {
      throw new AssertionError("build failed:\n" + messages(report));
    }
    return report;
  }

  public static String messages(BuildReport report) {
    return report.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
  }

  public String read(String outputPath) {
    try {
      return Files.readString(output().resolve(outputPath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean exists(String outputPath) {
    return Files.exists(output().resolve(outputPath));
  }

  public Document page(String outputPath) {
    return Jsoup.parse(read(outputPath));
  }

  /** Every file under the output, relative, sorted. */
  public List<String> outputFiles() {
    try (Stream<Path> walk = Files.walk(output())) {
      return walk.filter(Files::isRegularFile)
          .map(p -> output().relativize(p).toString().replace('\\', '/')).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal valid site.yaml declaring world, business and news, plus anything in {@code more}. */
  public static String config(String more) {
    return "=== site.yaml\ntitle: Test Times\nbaseUrl: https://test.example/\n"
        + (more.contains("sections:") ? "" : "sections: [{key: world}, {key: business}, {key: news}]\n")
        + more + "\n";
  }

  /** An article file with the given front matter lines and body. */
  public static String article(String path, String frontMatter, String body) {
    return "=== content/" + path + "\n---\n" + frontMatter.strip() + "\n---\n" + body + "\n";
  }
}
