import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The least a build can take for two parts of its work, without the rest of Broadsheet: how long
 * the Markdown library takes to turn every body of a corpus into HTML, and how long the file system
 * takes to have a built site's files written again. Each runs on every core, as a build does.
 *
 * <pre>
 *   java -cp target/broadsheet.jar:target/bench/floor Floor markdown CORPUS
 *   java -cp target/broadsheet.jar:target/bench/floor Floor write BUILT_OUTPUT EMPTY_FOLDER
 * </pre>
 *
 * {@code bench/floor.sh} compiles it and runs both under {@code /usr/bin/time}.
 */
public final class Floor {
  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    String what = switch (args.length > 0 ? args[0] : "") {
      case "markdown" -> markdown(Path.of(args[1]));
      case "write" -> write(Path.of(args[1]), Path.of(args[2]));
      default -> throw new IllegalArgumentException("usage: Floor markdown CORPUS | write FROM TO");
    };
    System.out.printf("%s in %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
  }

  /** Parses every article's body (after its front matter) and renders it, as Broadsheet's parser is set. */
  private static String markdown(Path corpus) throws IOException {
    List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
        FootnotesExtension.create(), HeadingAnchorExtension.create());
    Parser parser = Parser.builder().extensions(extensions).build();
    HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).build();
    List<Path> files = files(corpus.resolve("content")).stream()
        .filter(f -> f.toString().endsWith(".md")).collect(Collectors.toList());
    long html = files.parallelStream().mapToLong(file -> {
      String text = read(file);
      int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
      String body = end < 0 ? text : text.substring(text.indexOf('\n', end + 1) + 1);
      return renderer.render(parser.parse(body)).length();
    }).sum();
    return String.format("markdown: %d bodies, %d characters of HTML,", files.size(), html);
  }

  /** Reads every file of {@code from} into memory, then writes them all under {@code to}, timing only the writing. */
  private static String write(Path from, Path to) throws IOException {
    Map<Path, byte[]> site = new TreeMap<>();
    for (Path file : files(from)) {
      site.put(from.relativize(file), Files.readAllBytes(file));
    }
    long start = System.nanoTime();
    site.entrySet().parallelStream().forEach(e -> {
      try {
        Path target = to.resolve(e.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, e.getValue());
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    });
    long bytes = site.values().stream().mapToLong(b -> b.length).sum();
    return String.format("write: %d files, %d MB, written in %d ms; all", site.size(),
        bytes / 1_000_000, (System.nanoTime() - start) / 1_000_000);
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
