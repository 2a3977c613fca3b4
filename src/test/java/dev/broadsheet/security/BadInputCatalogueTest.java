package dev.broadsheet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.broadsheet.cli.Cli;
import dev.broadsheet.testutil.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad inputs in src/test/resources/bad-inputs: each case is a site (in the
 * {@link TestSite} format, with a default site.yaml unless it has its own), files made by
 * generators where text cannot hold them, and the expected exit code and problem lines. Every case
 * must end with exactly those lines, no stack trace, no hang, and nothing written outside output/.
 * Rewrite the expectations only on purpose, with {@code -Dcatalogue.update=true}, and review them.
 */
class BadInputCatalogueTest {
  private static final Path CATALOGUE = Path.of("src/test/resources/bad-inputs");
  private static final Duration LIMIT = Duration.ofSeconds(60);

  @TempDir Path dir;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(CATALOGUE)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsWithAClearMessageAndNothingElse(String name) throws Exception {
    String text = Files.readString(CATALOGUE.resolve(name));
    Sections sections = Sections.of(text);
    TestSite site = TestSite.write(dir, sections.site.contains("=== site.yaml")
        ? sections.site : TestSite.config("") + sections.site);
    for (String line : sections.generate) {
      generate(site, line.split(" "));
    }
    Map<String, String> before = snapshot(dir);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = assertTimeoutPreemptively(LIMIT, () -> Cli.execute(new PrintWriter(out),
        new PrintWriter(err), Clock.fixed(TestSite.NOW, ZoneOffset.UTC), "build", "--site",
        dir.toString()));

    List<String> actual = new ArrayList<>();
    actual.add("exit " + code);
    actual.addAll(err.toString().lines().toList());
    if (Boolean.getBoolean("catalogue.update")) {
      Files.writeString(CATALOGUE.resolve(name), sections.withoutExpect + "=== expect\n"
          + String.join("\n", actual) + "\n");
    }
    assertThat(actual).as(name + " (rewrite with -Dcatalogue.update=true, then review)")
        .containsExactlyElementsOf(sections.expect);
    String all = out + "\n" + err;
    assertThat(all).doesNotContain("Exception", "\tat ", "internal error");
    Map<String, String> after = snapshot(dir);
    assertThat(after).as("files outside output/").isEqualTo(before);
  }

  /**
   * The files of the site, outside output/ and the build cache (which keeps what the build read
   * even when it fails, so the next build is quick), with their sizes: what a build must not touch.
   */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> !p.startsWith(root.resolve("output"))
              && !p.startsWith(root.resolve(".broadsheet-cache")))
          .forEach(p -> files.put(root.relativize(p).toString(),
              Files.isSymbolicLink(p) ? "link" : Files.isDirectory(p) ? "dir" : String.valueOf(p.toFile().length())));
    }
    return files;
  }

  private static void generate(TestSite site, String[] words) throws IOException {
    Path file = site.root().resolve(words[1]);
    Files.createDirectories(file.getParent());
    switch (words[0]) {
      case "binary" -> Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
      case "latin1" -> Files.write(file, "---\ntitle: Café\ndate: 2024-01-01\n---\nCrème brûlée.\n"
          .getBytes(StandardCharsets.ISO_8859_1));
      case "big" -> {
        StringBuilder sb = new StringBuilder("---\ntitle: A very long article\ndate: 2024-01-01\n---\n");
        String paragraph = "The council met again on Tuesday to discuss the budget, and talks went on late. ".repeat(10) + "\n\n";
        while (sb.length() < Integer.parseInt(words[2])) {
          sb.append(paragraph);
        }
        Files.writeString(file, sb);
      }
      case "deep" -> Files.writeString(file, "---\ntitle: Deep\ndate: 2024-01-01\n---\n"
          + "> ".repeat(Integer.parseInt(words[2])) + "deep\n\n" + "- ".repeat(Integer.parseInt(words[2])) + "list\n");
      case "deep-yaml" -> Files.writeString(file, "---\ntitle: Deep\ndate: 2024-01-01\nx: "
          + "[".repeat(Integer.parseInt(words[2])) + "]".repeat(Integer.parseInt(words[2])) + "\n---\nBody.\n");
      case "symlink-loop" -> {
        Files.createSymbolicLink(file, file.getParent().resolve("loop2"));
        Files.createSymbolicLink(file.getParent().resolve("loop2"), file);
      }
      case "symlink" -> Files.createSymbolicLink(file, Path.of(words[2]));
      case "socket" -> { // a file that is not a regular one, which a walk must not read
        try (var channel = java.nio.channels.ServerSocketChannel.open(
            java.net.StandardProtocolFamily.UNIX)) {
          channel.bind(java.net.UnixDomainSocketAddress.of(file));
        }
      }
      default -> throw new IllegalArgumentException("unknown generator " + words[0]);
    }
  }

  /** A case file split into its site, its generators and its expectations. */
  private record Sections(String site, List<String> generate, List<String> expect, String withoutExpect) {
    static Sections of(String text) {
      StringBuilder site = new StringBuilder();
      StringBuilder withoutExpect = new StringBuilder();
      List<String> generate = new ArrayList<>();
      List<String> expect = new ArrayList<>();
      String section = "site";
      for (String line : text.split("\n", -1)) {
        if (line.equals("=== generate")) {
          section = "generate";
        } else if (line.equals("=== expect")) {
          section = "expect";
          continue;
        } else if (line.startsWith("=== ")) {
          section = "site";
        }
        if (section.equals("expect")) {
          if (!line.isEmpty()) {
            expect.add(line);
          }
          continue;
        }
        withoutExpect.append(line).append('\n');
        if (section.equals("generate")) {
          if (!line.startsWith("===") && !line.isBlank()) {
            generate.add(line.strip());
          }
        } else {
          site.append(line).append('\n');
        }
      }
      String w = withoutExpect.toString().replaceAll("\n+$", "\n");
      return new Sections(site.toString(), generate, expect, w);
    }
  }
}
