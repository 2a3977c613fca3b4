package dev.broadsheet.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.RawHtml;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SiteConfigLoader;
import dev.broadsheet.config.SitePaths;
import dev.broadsheet.model.Article;
import dev.broadsheet.parse.ArticleParser;
import dev.broadsheet.parse.MarkdownConverter;
import dev.broadsheet.parse.UnknownKeys;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.problem.Severity;
import dev.broadsheet.source.SourceFile;
import dev.broadsheet.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and mutated front matter, Markdown and bytes never make the article reader throw: every
 * input ends as an article or as reported errors. Thousands of cases run in the suite; run more
 * with {@code mvn verify -Djqwik.tries.default=100000}.
 */
class NeverThrowsProperties {
  private static final String VALID = """
      ---
      title: "Leaders meet for summit"
      dek: 'Ties are "rock solid"'
      date: 2023-02-21T14:30:00+03:00
      authors: [amara-okafor, Daniel Reyes]
      tags: [China, Russia]
      image: { src: pic.png, alt: "A picture", caption: Caption, credit: Credit }
      corrections:
        - { date: 2023-02-22, text: Fixed. }
      ---
      The body, with *emphasis*, a [link](other.md#part) and a table:

      | a | b |
      |---|---|
      | 1 | 2 |
      """;

  private static final String[] PIECES = {":", "-", "[", "]", "{", "}", "'", "\"", "#", "&", "*",
      "!", "|", ">", "\t", "\n", " ", "%", "@", "`", "---", "...", "\\", "é", "\u0000", "\uFEFF",
      "\r\n", "title:", "date:", "2023-13-45", "- ", "  ", "?", ",", "<script>", "../", "\uD83D\uDE00"};

  private static final String[] MARKDOWN = {"# ", "## ", "> ", "- ", "1. ", "```\n", "| a | b |\n",
      "|---|\n", "---\n", "[x](y.md)", "![a](b.png)", "[^1]", "[^1]: n\n", "*", "_", "~~", "<div>",
      "</div>", "<", "&amp;", "\\", "    code\n", "\n", "\n\n", "word ", "Zürich ", "https://e.org/ ",
      "[a]: /u\n", "<!-- c -->", "| ", "](", "![", "\t", "[link](../../../x.md#frag)"};

  private static Path dir;
  private static ArticleParser parser;
  private static int counter;

  @BeforeContainer
  static void setUp() throws IOException {
    dir = Files.createTempDirectory("broadsheet-properties-");
    Files.writeString(dir.resolve("site.yaml"), "title: Property Times\n");
    Files.createDirectories(dir.resolve("content/world"));
    SitePaths paths = SitePaths.of(dir);
    SiteConfig config = new SiteConfigLoader(new YamlReader()).load(paths, new Problems()).orElseThrow();
    parser = new ArticleParser(new YamlReader(), new MarkdownConverter(RawHtml.SANITIZE), config,
        paths, Severity.WARNING, new UnknownKeys(),
        new dev.broadsheet.images.ImagePipeline(config.images(), paths.imageCache(), false));
  }

  @AfterContainer
  static void tearDown() throws IOException {
    dev.broadsheet.util.Folders.deleteTree(dir);
  }

  /** Reads {@code bytes} as an article; it must come back as an article or with an error. */
  private static void readNeverThrows(byte[] bytes) throws IOException {
    Path file = dir.resolve("content/world/case-" + (counter++ % 50) + ".md");
    Files.write(file, bytes);
    Problems problems = new Problems();
    Optional<Article> article = parser.parse(new SourceFile(file,
        "content/world/" + file.getFileName(), "world/" + file.getFileName()), problems);
    if (article.isEmpty()) {
      assertThat(problems.hasErrors()).as("an article left out must be named in an error:\n%s",
          new String(bytes, StandardCharsets.UTF_8)).isTrue();
    }
    problems.sorted().forEach(p -> assertThat(p.file()).isNotEmpty());
  }

  @Property
  void mutatedFrontMatterNeverThrows(@ForAll("mutated") String text) throws IOException {
    readNeverThrows(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property
  void randomMarkdownNeverThrows(@ForAll("markdown") String body) throws IOException {
    readNeverThrows(("---\ntitle: T\ndate: 2024-01-01\n---\n" + body).getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 500)
  void randomBytesNeverThrow(@ForAll byte[] bytes) throws IOException {
    readNeverThrows(bytes);
  }

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length());
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3);
    Arbitrary<int[]> mutation = Combinators.combine(kind, position, Arbitraries.integers().between(1, 12))
        .as((k, p, n) -> new int[] {k, p, n});
    return Combinators.combine(mutation.list().ofMinSize(1).ofMaxSize(6), piece.list().ofSize(6))
        .as((mutations, pieces) -> {
          StringBuilder sb = new StringBuilder(VALID);
          for (int i = 0; i < mutations.size(); i++) {
            int[] m = mutations.get(i);
            int at = Math.min(m[1], sb.length());
            switch (m[0]) {
              case 0 -> sb.insert(at, pieces.get(i));
              case 1 -> sb.delete(at, Math.min(sb.length(), at + m[2]));
              case 2 -> sb.replace(at, Math.min(sb.length(), at + 1), pieces.get(i));
              default -> {
                int end = sb.indexOf("\n", at);
                if (end > 0) {
                  sb.insert(at, sb.substring(at, end + 1));
                }
              }
            }
          }
          return sb.toString();
        });
  }

  @Provide
  Arbitrary<String> markdown() {
    return Arbitraries.of(MARKDOWN).list().ofMaxSize(60).map(parts -> {
      List<String> copy = new ArrayList<>(parts);
      return String.join("", copy);
    });
  }
}
