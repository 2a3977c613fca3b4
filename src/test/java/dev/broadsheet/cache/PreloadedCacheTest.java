package dev.broadsheet.cache;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.source.SourceFile;
import dev.broadsheet.testutil.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article cache is read from the start of a build, before the key it must have is known, and
 * is held only until then: a cache of another key (after an upgrade, or another site.yaml) would
 * otherwise stay in memory beside the articles read again in its place, which at 100,000 articles
 * does not fit in a 1 GB heap.
 */
class PreloadedCacheTest {
  @TempDir Path dir;

  private Path builtCache() {
    TestSite site = TestSite.write(dir, config("") + article("world/story.md",
        "title: A story\ndate: 2024-01-10T10:00:00Z", "Its body."));
    site.buildClean();
    return site.paths().cache().resolve("articles.bin");
  }

  private SourceFile story() {
    return new SourceFile(dir.resolve("content/world/story.md"), "content/world/story.md",
        "world/story.md");
  }

  @Test
  void aCacheOfAnotherKeyIsLetGoOfWhenTheKeyIsKnown() {
    Path file = builtCache();
    ParseCache.Preloaded preloaded = ParseCache.preload(file, "");
    assertThat(preloaded.holding()).isTrue();

    ParseCache cache = preloaded.forKey("another key");

    assertThat(preloaded.holding()).isFalse();
    assertThat(cache.key()).isEqualTo("another key");
    assertThat(cache.get(story(), ParseCache.Stamp.of(story().file()))).isNull();
  }

  @Test
  void aCacheWhoseKeyDoesNotStartAsTheBuildsMustIsNotDecoded() {
    Path file = builtCache();
    String key = ParseCache.preload(file, "").writtenUnder();

    ParseCache.Preloaded other = ParseCache.preload(file, "another version ");

    assertThat(other.writtenUnder()).isNull();
    assertThat(other.forKey(key).get(story(), ParseCache.Stamp.of(story().file()))).isNull();
    assertThat(ParseCache.preload(file, key.substring(0, key.indexOf(' ') + 1)).writtenUnder())
        .isEqualTo(key);
  }

  @Test
  void aCacheOfTheRightKeyIsHandedOverOnce() {
    Path file = builtCache();
    ParseCache.Preloaded preloaded = ParseCache.preload(file, "");
    String key = preloaded.writtenUnder();
    assertThat(key).isNotNull();

    ParseCache cache = preloaded.forKey(key);

    ParseCache.Stamp stamp = ParseCache.Stamp.of(story().file());
    assertThat(cache.get(story(), stamp)).isNotNull();
    assertThat(preloaded.holding()).isFalse();
    assertThat(preloaded.forKey(key).get(story(), stamp)).isNull();
  }

  /** A damaged count is refused before an array of its size is made: the articles are read again. */
  @Test
  void aCacheWithADamagedCountIsReadAgainNotAllocated() throws Exception {
    Path file = builtCache();
    byte[] bytes = java.nio.file.Files.readAllBytes(file);
    int format = ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff);
    int at = 2 + format;
    int key = ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
    at += 2 + key;
    bytes[at] = 0x7f;
    bytes[at + 1] = (byte) 0xff;
    bytes[at + 2] = (byte) 0xff;
    bytes[at + 3] = (byte) 0xff;
    java.nio.file.Files.write(file, bytes);

    ParseCache.Preloaded damaged = ParseCache.preload(file, "");

    assertThat(damaged.writtenUnder()).isNull();
    assertThat(damaged.forKey("any").get(story(), ParseCache.Stamp.of(story().file()))).isNull();
  }
}
