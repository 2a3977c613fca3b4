package dev.broadsheet.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link QuickYaml} must read what it reads exactly as SnakeYAML does (values, their kinds, the
 * order of keys and every position), and leave everything else to it.
 */
class QuickYamlProperties {
  private final YamlReader full = new YamlReader();

  /** Where the quick reader answers, the full reader reads the same, positions and all. */
  private void assertSameAsFull(String text, int offset) throws YamlException {
    YamlDocument quick = QuickYaml.read(text, offset);
    if (quick == null) {
      return;
    }
    YamlDocument expected = full.readFully(text, offset);
    assertThat(quick.root()).as(text).isEqualTo(expected.root());
    assertThat(quick.root().toString()).as(text).isEqualTo(expected.root().toString());
    assertThat(quick.keys()).as(text).isEqualTo(expected.keys());
    assertThat(quick.values()).as(text).isEqualTo(expected.values());
  }

  @Property
  void readsAnyTextAsTheFullReaderDoesOrLeavesItToIt(
      @ForAll("noisy") String text, @ForAll @IntRange(max = 5) int offset) {
    YamlDocument quick = QuickYaml.read(text, offset);
    Statistics.label("read quickly").collect(quick != null);
    if (quick != null) {
      assertThatCode(() -> assertSameAsFull(text, offset)).as(text).doesNotThrowAnyException();
    }
  }

  /** Plain front matter with a few characters changed: often still plain, often not. */
  @Property
  void readsEditedFrontMatterAsTheFullReaderDoesOrLeavesItToIt(
      @ForAll("plain") String text, @ForAll("edits") List<int[]> edits) {
    StringBuilder sb = new StringBuilder(text);
    for (int[] edit : edits) {
      int at = edit[0] % (sb.length() + 1);
      char c = EDIT_CHARS.charAt(edit[1] % EDIT_CHARS.length());
      switch (edit[2] % 3) {
        case 0 -> sb.insert(at, c);
        case 1 -> sb.replace(at, Math.min(at + 1, sb.length()), String.valueOf(c));
        default -> sb.delete(at, Math.min(at + 1, sb.length()));
      }
    }
    String edited = sb.toString();
    YamlDocument quick = QuickYaml.read(edited, 0);
    Statistics.label("read quickly").collect(quick != null);
    if (quick != null) {
      assertThatCode(() -> assertSameAsFull(edited, 0)).as(edited).doesNotThrowAnyException();
    }
  }

  private static final String EDIT_CHARS = " :#-,[]{}'\"\\\n\tab0é_/";

  @Provide
  Arbitrary<List<int[]>> edits() {
    return Arbitraries.integers().between(0, 10_000).array(int[].class).ofSize(3)
        .list().ofMinSize(1).ofMaxSize(3);
  }

  @Property
  void readsPlainFrontMatterItself(
      @ForAll("plain") String text, @ForAll @IntRange(max = 5) int offset) throws Exception {
    assertThat(QuickYaml.read(text, offset)).as(text).isNotNull();
    assertSameAsFull(text, offset);
  }

  @Example
  void readsTheExampleSitesFrontMatterAndSettingsItself() throws IOException, YamlException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("content"))) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    for (Path file : files) {
      String text = Files.readString(file);
      String yaml = text.substring(4, text.indexOf("\n---", 4) + 1);
      assertThat(QuickYaml.read(yaml, 1)).as(file.toString()).isNotNull();
      assertSameAsFull(yaml, 1);
    }
    String site = Files.readString(Path.of("site.yaml"));
    assertThat(QuickYaml.read(site, 0)).isNotNull();
    assertSameAsFull(site, 0);
    try (Stream<Path> authors = Files.list(Path.of("content/authors"))) {
      for (Path file : authors.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        assertSameAsFull(Files.readString(file), 0);
      }
    }
  }

  @Example
  void leavesWhatItDoesNotKnowToTheFullReader() {
    for (String text : List.of("a: yes\n", "a: ~\n", "a: 1.5\n", "a: -3\n", "a: 012\n",
        "a: |\n  x\n", "a: >\n  x\n", "a: &x b\n", "a: *x\n", "a: !!str 1\n", "\"a\": b\n",
        "a: b\n  c\n", "a: \"b\n  c\"\n", "a: \"\\n\"\n", "a: [b,\n  c]\n", "a:\tb\n",
        "a: b\r\n", "---\na: b\n", "a: b: c\n", "a: b:\n", "a: b\na: c\n", "  a: b\n", "",
        "# only a comment\n", "a: b\n  # indented\n", "a: [b, ]\n", "a: {b}\n", "a: [b: c]\n",
        "a: \uD83D\uDE00\n", "a: \u0085\n", "- a\n", "a: Yes\n", "a: NULL\n", "a: \"b\" c\n")) {
      assertThat(QuickYaml.read(text, 0)).as(text).isNull();
    }
  }

  /** Lines of keys, values, dashes, flows, quotes, comments and stray marks, in any order. */
  @Provide
  Arbitrary<String> noisy() {
    Arbitrary<String> indent = Arbitraries.of("", "", "", "  ", "  ", "    ", " ", "- ", "  - ");
    Arbitrary<String> key = Arbitraries.of("title", "tags", "a", "b", "image", "src", "yes",
        "x-y", "_k", "On", "", "\"q\"", "a b", "k:");
    Arbitrary<String> colon = Arbitraries.of(": ", ":", ":  ", " : ", ":\t", "");
    Arbitrary<String> value = Arbitraries.of("", "Paris", "a b", "It's", "a # c", "a#b",
        "a: b", "a:", "http://x.org/y", "2024-01-01", "2024-01-01T10:00:00Z", "2024-1-1",
        "12", "012", "0", "1.5", "-3", "+4", "0x1F", "1_000", "true", "True", "false", "yes",
        "no", "y", "n", "null", "~", "é", "“quoted”", "\"a\\\"b\"", "\"a\\nb\"", "\"\"",
        "'it''s'", "''", "'a", "\"a", "[a, b]", "[ ]", "[]", "{src: x, alt: \"y\"}", "{}",
        "[a, [b]]", "{a: [1, 2]}", "[a,]", "[a", "[a b, 'c']", "{a: b, a: c}", "[2024-01-01]",
        "- x", "# c", "&a x", "*a", "!t x", "|", ">-", "@x", "`x", "%x", "?x", ":x", ",x",
        "a ", "  ", "\t", "a\u00a0b", "\u2028", "[a, b] # c", "\"x\" # c", "\"x\"#c", "[a]x",
        "{a: 1} x", "{a:b}", "{a: }", "/a", "(b)", "$c", "\\d", "^e", "_f", "=g", ";h", ")i",
        "{\"a\": 1}", "[a, {b: c}]", "x:y", "[x:y, http://a/b]", "[a:]", "{a: b:c}", "[a:, b]",
        "[a: b]", "Ünïcode", "日本");
    Arbitrary<String> line = Combinators.combine(indent, key, colon, value)
        .as((i, k, c, v) -> i + k + c + v);
    Arbitrary<String> other = Arbitraries.of("", "# comment", "  # indented", "---", "...",
        "  ", "-", "- a", "  - a", "    - b: c", "  - b: c", "    d: e");
    return Arbitraries.oneOf(line, line, line, other).list().ofMaxSize(8)
        .map(lines -> String.join("\n", lines) + "\n");
  }

  /** Front matter in the subset: distinct keys with every kind of value the subset has. */
  @Provide
  Arbitrary<String> plain() {
    Arbitrary<String> scalar = scalar(false);
    Arbitrary<String> inFlow = scalar(true);
    Arbitrary<String> flowList = inFlow.list().ofMaxSize(4)
        .map(items -> "[" + String.join(", ", items) + "]");
    Arbitrary<String> flowMap = inFlow.list().ofMinSize(1).ofMaxSize(3)
        .map(items -> {
          List<String> entries = new ArrayList<>();
          for (int i = 0; i < items.size(); i++) {
            entries.add("k" + i + ": " + items.get(i));
          }
          return "{ " + String.join(", ", entries) + " }";
        });
    Arbitrary<String> inline = Arbitraries.oneOf(scalar, scalar, flowList, flowMap);
    Arbitrary<String> comment = Arbitraries.of("", "", " # note");
    Arbitrary<List<String>> values = Combinators.combine(
            inline, comment, Arbitraries.integers().between(0, 6),
            inline.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of("  ", "    ", ""))
        .as((v, c, kind, items, indent) -> switch (kind) {
          case 0, 1, 2 -> List.of(" " + v + c);
          case 3 -> { // a nested block mapping
            List<String> out = new ArrayList<>(List.of(c));
            String in = indent.isEmpty() ? "  " : indent;
            for (int i = 0; i < items.size(); i++) {
              out.add(in + "n" + i + ": " + items.get(i));
            }
            yield out;
          }
          case 4 -> { // a block sequence, indented or not
            List<String> out = new ArrayList<>(List.of(c));
            items.forEach(item -> out.add(indent + "- " + item));
            yield out;
          }
          case 5 -> { // a sequence of mappings
            List<String> out = new ArrayList<>(List.of(""));
            for (String item : items) {
              out.add(indent + "- date: " + item);
              out.add(indent + "  text: " + v);
            }
            yield out;
          }
          default -> List.of(c); // empty
        });
    Arbitrary<String> spacing = Arbitraries.of("", "", "", "\n", "# a comment\n");
    return Combinators.combine(values.list().ofMinSize(1).ofMaxSize(7), spacing)
        .as((entries, gap) -> {
          StringBuilder sb = new StringBuilder(gap);
          for (int i = 0; i < entries.size(); i++) {
            List<String> lines = entries.get(i);
            sb.append("key-").append(i).append(':').append(lines.get(0)).append('\n');
            lines.subList(1, lines.size()).forEach(l -> sb.append(l).append('\n'));
            if (i == 1) {
              sb.append(gap);
            }
          }
          return sb.toString();
        });
  }

  /** Scalars of the subset; in a flow, plain ones without the marks that end or nest them. */
  private Arbitrary<String> scalar(boolean flow) {
    List<String> words = new ArrayList<>(List.of("Paris", "a b", "It's here",
        "images/story-1.jpg", "Renée", "“Quoted” text", "日本", "Photographer 75/Agency",
        "true", "false", "0", "12", "2024", "2024-01-01", "2023-09-03T10:08:00Z",
        "2024-06-12 09:30:00+02:00", "Title - with dash", "a  b", "tag-1", "O'Brien", "ünï",
        "A", "xyz", "/science/glacier.svg", "(a) b", "$5", "\\x", "^y", "_z", "It's", "a\"b"));
    words.addAll(List.of("x:y", "https://example.org/a.jpg"));
    if (!flow) {
      words.addAll(List.of("a#b", "C++ and C#", "a, b", "a [b] {c}"));
    }
    Arbitrary<String> word = Arbitraries.of(words);
    Arbitrary<String> text = Arbitraries.strings().withChars("ab :#,[]{}'\"\\é-/")
        .ofMaxLength(12);
    Arbitrary<String> doubleQuoted = text.map(t -> "\"" + t.replace("\\", "\\\\")
        .replace("\"", "\\\"") + "\"");
    Arbitrary<String> singleQuoted = text.map(t -> "'" + t.replace("'", "''") + "'");
    return Arbitraries.oneOf(word, word, doubleQuoted, singleQuoted);
  }
}
