package dev.broadsheet.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SiteConfigLoader;
import dev.broadsheet.config.SitePaths;
import dev.broadsheet.images.ImagePipeline;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Body;
import dev.broadsheet.parse.ArticleParser;
import dev.broadsheet.parse.MarkdownConverter;
import dev.broadsheet.parse.UnknownKeys;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.problem.Severity;
import dev.broadsheet.source.SourceFile;
import dev.broadsheet.yaml.YamlReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies set aside during a build come back byte for byte, from any thread, and the scratch file
 * leaves nothing behind.
 */
class BodySpillTest {
  @TempDir Path dir;

  @Test
  void givesBackWhatWasStored() throws Exception {
    Random random = new Random(7);
    byte[] noise = new byte[300_000]; // incompressible, larger than a thread's first buffer
    random.nextBytes(noise);
    String incompressible = new String(noise, StandardCharsets.ISO_8859_1);
    List<String> bodies = List.of("", "<p>One paragraph.</p>\n",
        "<h2 id=\"vote\">Vote</h2>\n<p>Zürich, Kyiv, 東京 and 😀.</p>\n".repeat(500), incompressible);
    try (BodySpill spill = BodySpill.open(dir.resolve("cache"))) {
      List<BodySpill.Place> places = new ArrayList<>();
      for (String body : bodies) {
        places.add(spill.store(body.getBytes(StandardCharsets.UTF_8)));
      }
      for (int i = bodies.size() - 1; i >= 0; i--) {
        assertThat(spill.load(places.get(i))).isEqualTo(bodies.get(i));
      }
      assertThat(spill.size()).isLessThan(incompressible.length() * 2L + 20_000);
    }
  }

  @Test
  void threadsStoreAndLoadAtOnce() throws Exception {
    try (BodySpill spill = BodySpill.open(dir)) {
      List<String> bodies = IntStream.range(0, 2_000)
          .mapToObj(i -> "<p>Body " + i + ": " + "word ".repeat(i % 300) + "</p>\n").toList();
      List<BodySpill.Place> places = bodies.parallelStream()
          .map(b -> spill.store(b.getBytes(StandardCharsets.UTF_8))).toList();
      IntStream.range(0, bodies.size()).parallel().forEach(i ->
          assertThat(spill.load(places.get(i))).isEqualTo(bodies.get(i)));
    }
  }

  @Test
  void leavesNoFileAndReadsNothingOnceClosed() throws Exception {
    Path folder = dir.resolve("cache");
    BodySpill spill = BodySpill.open(folder);
    BodySpill.Place place = spill.store("<p>Kept aside.</p>".getBytes(StandardCharsets.UTF_8));
    spill.close();

    assertThat(spill.load(place)).isNull();
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aPlaceThatDoesNotHoldABodyGivesNothing() throws Exception {
    try (BodySpill spill = BodySpill.open(dir)) {
      BodySpill.Place place = spill.store("<p>A body.</p>".getBytes(StandardCharsets.UTF_8));
      assertThat(spill.load(new BodySpill.Place(place.position(), place.stored(),
          place.length() + 1))).isNull();
      assertThat(spill.load(new BodySpill.Place(place.position(), place.stored(),
          place.length() - 1))).isNull();
      assertThat(spill.load(new BodySpill.Place(place.position() + 1, place.stored() - 1,
          place.length()))).isNull();
      assertThat(spill.load(new BodySpill.Place(place.position(), place.stored() + 100,
          place.length()))).isNull();
    }
  }

  @Test
  void anArticleReadsItsBodyFromTheSpillAndElseFromItsFile() throws Exception {
    Files.writeString(dir.resolve("site.yaml"), "title: Spill Times\n");
    Path file = Files.createDirectories(dir.resolve("content/world")).resolve("story.md");
    String text = "---\ntitle: A story\ndate: 2024-01-01\n---\nZürich, *Kyiv* and 東京.\n";
    Files.writeString(file, text);
    SitePaths paths = SitePaths.of(dir);
    SiteConfig config = new SiteConfigLoader(new YamlReader()).load(paths, new Problems())
        .orElseThrow();
    ArticleParser parser = new ArticleParser(new YamlReader(), new MarkdownConverter(
        config.rawHtml()), config, paths, Severity.WARNING, new UnknownKeys(),
        new ImagePipeline(config.images(), paths.imageCache(), false));
    SourceFile source = new SourceFile(file, "content/world/story.md", "world/story.md");
    String html = parser.parse(source).article().bodyHtml();
    assertThat(html).contains("<em>Kyiv</em>");

    parser.keepBodies(false);
    BodySpill spill = BodySpill.open(dir.resolve(".broadsheet-cache"));
    parser.spillBodiesTo(spill);
    Article aside = parser.parse(source).article();
    Files.writeString(file, text.replace("Kyiv", "Lviv"));
    assertThat(aside.bodyHtml()).as("read from the spill, not the changed file").isEqualTo(html);

    spill.close();
    assertThatThrownBy(aside::bodyHtml).as("made again from the file, which changed")
        .isInstanceOf(Body.ChangedException.class);
    Files.writeString(file, text);
    assertThat(aside.bodyHtml()).isEqualTo(html);
  }
}
