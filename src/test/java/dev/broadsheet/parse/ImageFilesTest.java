package dev.broadsheet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SitePaths;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.source.ContentScanner;
import dev.broadsheet.source.ContentTree;
import dev.broadsheet.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images are found among the files the scans found as they are on disk, hidden files aside. */
class ImageFilesTest {
  @TempDir Path dir;

  private void file(String path, String content) throws Exception {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private ImageFiles scanned(SitePaths paths) {
    ContentTree tree = new ContentScanner().scan(paths, new Problems());
    List<SourceFile> all = new ArrayList<>(tree.articles());
    all.addAll(tree.authors());
    all.addAll(tree.assets());
    return ImageFiles.scanned(paths, all);
  }

  @Test
  void theScannedFilesGiveWhatLookingOnDiskGives() throws Exception {
    file("content/world/story.md", "---\ntitle: A\n---\nText.");
    file("content/world/images/map.png", "png bytes");
    file("static/world/images/logo.svg", "<svg/>");
    file("static/img/both.png", "static one");
    file("content/img/both.png", "content one, found first");
    SitePaths paths = SitePaths.of(dir);
    ImageFiles scanned = scanned(paths);
    ImageFiles onDisk = ImageFiles.onDisk(paths);

    for (String path : List.of("world/images/map.png", "world/images/logo.svg", "img/both.png",
        "world/images/missing.png", "world", "../outside.png")) {
      assertThat(scanned.look(path)).as(path).isEqualTo(onDisk.look(path));
    }
    assertThat(scanned.look("img/both.png").found()).isEqualTo("content/img/both.png");
    assertThat(scanned.look("world/images/logo.svg").found()).isEqualTo("static/world/images/logo.svg");
    assertThat(scanned.look("world/images/logo.svg").size()).isEqualTo(6);
    assertThat(scanned.look("world/images/missing.png").found()).isNull();
    assertThat(scanned.file(scanned.look("world/images/map.png")))
        .contains(dir.resolve("content/world/images/map.png").toAbsolutePath().normalize());
  }

  @Test
  void hiddenFilesAreNotFoundForTheyAreNotCopiedToTheOutput() throws Exception {
    file("static/.drafts/chart.png", "png");
    file("content/world/.chart.png", "png");
    ImageFiles scanned = scanned(SitePaths.of(dir));
    assertThat(scanned.look(".drafts/chart.png").found()).isNull();
    assertThat(scanned.look("world/.chart.png").found()).isNull();
  }
}
