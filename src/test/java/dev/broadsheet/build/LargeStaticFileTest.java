package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testutil.TestSite;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A static file too large to hold in memory (a video, an archive of documents) is copied into the
 * output a block at a time, and kept or copied again between builds as smaller files are.
 */
class LargeStaticFileTest {
  private static final String CLIP = "video/interview.mp4";

  @TempDir Path dir;

  private TestSite site() {
    return TestSite.write(dir, config("") + article("world/story.md",
        "title: A story\ndate: 2024-03-01T10:00:00Z", "A paragraph."));
  }

  /** Makes static/{@value #CLIP} {@code size} bytes long, with {@code mark} written here and there. */
  private Path clip(long size, int mark) throws Exception {
    Path file = dir.resolve("static").resolve(CLIP);
    Files.createDirectories(file.getParent());
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
      for (long at : new long[] {0, size / 3, size / 2 + 5, size - 1}) {
        f.seek(at);
        f.write(mark);
      }
    }
    return file;
  }

  @Test
  void aStaticFileLargerThanTheHeapIsCopiedWithoutBeingHeldWhole() throws Exception {
    site();
    Path source = clip(160L << 20, 7);

    Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        "dev.broadsheet.cli.Main", "build", "--site", dir.toString(), "--quiet")
        .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
    assertThat(build.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(build.exitValue()).as(Files.readString(dir.resolve("build.log"))).isZero();
    assertThat(Files.mismatch(dir.resolve("output").resolve(CLIP), source)).isEqualTo(-1);
  }

  @Test
  void aLargeStaticFileIsKeptWhileUnchangedAndCopiedAgainWhenItChanges() throws Exception {
    TestSite site = site();
    Path source = clip(RenderStage.HELD + 4099, 1);
    site.buildClean();
    Path copy = site.output().resolve(CLIP);
    assertThat(Files.mismatch(copy, source)).isEqualTo(-1);

    FileTime old = FileTime.fromMillis(0);
    Files.setLastModifiedTime(copy, old);
    site.buildClean();
    assertThat(Files.getLastModifiedTime(copy)).as("kept by the next build").isEqualTo(old);
    site.build(site.options().withCache(false));
    assertThat(Files.getLastModifiedTime(site.output().resolve(CLIP)))
        .as("kept by a build without the cache, which compares its bytes").isEqualTo(old);

    // The same size with other bytes and, as an edit gives it, another time.
    clip(RenderStage.HELD + 4099, 2);
    Files.setLastModifiedTime(source, FileTime.fromMillis(1_000));
    site.buildClean();
    copy = site.output().resolve(CLIP);
    assertThat(Files.mismatch(copy, source)).isEqualTo(-1);
    assertThat(Files.getLastModifiedTime(copy)).isNotEqualTo(old);
    IncrementalBuildTest.assertSameAsUncachedBuild(site, dir.resolve("clean"));
  }
}
