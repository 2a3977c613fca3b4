package dev.broadsheet.cache;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Article;
import dev.broadsheet.parse.Parsed;
import dev.broadsheet.source.SourceFile;
import dev.broadsheet.testutil.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the article cache gives back is what was written, whatever the length or the script. */
class ParsedCodecTest {
  @TempDir Path dir;

  @Test
  void longAndNonAsciiTextComesBackAsWritten() {
    // Around and past the length strings are read through a thread's buffer (4,096 bytes),
    // with characters of two, three and four bytes across its end.
    String title = "Ü".repeat(2047) + "ab";
    String dek = "x".repeat(4094) + "€";
    String caption = "é".repeat(3000) + " 😀 " + "漢字";
    TestSite site = TestSite.write(dir, config("") + article("world/story.md",
        "title: " + title + "\ndate: 2024-01-10T10:00:00Z\ndek: " + dek
            + "\ntags: [Zürich, économie]\nrubrique: Über\nimage:\n  src: lead.jpg\n  caption: "
            + caption,
        "Its body."));
    site.buildClean();
    Path file = site.paths().cache().resolve("articles.bin");
    ParseCache.Preloaded preloaded = ParseCache.preload(file, "");
    SourceFile story = new SourceFile(dir.resolve("content/world/story.md"),
        "content/world/story.md", "world/story.md");

    Parsed read = preloaded.forKey(preloaded.writtenUnder())
        .get(story, ParseCache.Stamp.of(story.file()));

    assertThat(read).isNotNull();
    Article a = read.article();
    assertThat(a.title()).isEqualTo(title);
    assertThat(a.dek()).isEqualTo(dek);
    assertThat(a.tags()).containsExactly("Zürich", "économie");
    assertThat(a.image().caption()).isEqualTo(caption);
    assertThat(read.keys()).extracting(Parsed.KeyUse::key)
        .containsExactly("rubrique");
    assertThat(a.lines()).containsEntry("image", 7);
    assertThat(read.problems()).extracting(p -> p.message())
        .anyMatch(m -> m.contains("lead.jpg"));
  }
}
