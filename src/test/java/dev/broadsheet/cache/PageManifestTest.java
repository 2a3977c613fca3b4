package dev.broadsheet.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page manifest keeps the related stories of a build for the next, and nothing damaged. */
class PageManifestTest {
  @TempDir Path dir;

  @Test
  void relatedStoriesSurviveSavingAndLoading() {
    Path file = dir.resolve("pages.bin");
    PageManifest first = PageManifest.load(file, null);
    assertThat(first.previousRelated()).isNull();
    int[][] places = {{1, 300, 2}, {}, {0, 70_000, 1, 2}};
    first.related(new PageManifest.Related("key", places));
    first.save("build-1");

    PageManifest next = PageManifest.load(file, "build-1");
    assertThat(next.usable()).isTrue();
    assertThat(next.previousRelated().key()).isEqualTo("key");
    assertThat(next.previousRelated().places()).isDeepEqualTo(places);
    assertThat(PageManifest.load(file, "build-2").previousRelated()).isNull();
  }

  @Test
  void aDamagedManifestIsNotUsed() throws Exception {
    Path file = dir.resolve("pages.bin");
    PageManifest first = PageManifest.load(file, null);
    first.related(new PageManifest.Related("key", new int[][] {{1}, {0}}));
    first.save("build-1");
    byte[] bytes = Files.readAllBytes(file);
    for (int cut : new int[] {bytes.length / 2, bytes.length - 3}) {
      Files.write(file, java.util.Arrays.copyOf(bytes, cut));
      PageManifest damaged = PageManifest.load(file, "build-1");
      assertThat(damaged.usable()).isFalse();
      assertThat(damaged.previousRelated()).isNull();
    }
    // A count of two thousand million related lists, in a file of a few dozen bytes.
    int at = 2 + "broadsheet-pages-5".length() + 2 + "build-1".length() + 1 + 1
        + 2 + "key".length();
    byte[] huge = bytes.clone();
    huge[at] = 0x7f;
    huge[at + 1] = (byte) 0xff;
    huge[at + 2] = (byte) 0xff;
    huge[at + 3] = (byte) 0xff;
    Files.write(file, huge);
    assertThat(PageManifest.load(file, "build-1").usable()).isFalse();
    Files.write(file, bytes);
    assertThat(PageManifest.load(file, "build-1").previousRelated().places())
        .isDeepEqualTo(new int[][] {{1}, {0}});
  }
}
