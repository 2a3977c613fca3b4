package dev.broadsheet.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
  @TempDir Path site;

  @Test
  void commitReplacesTheOutputWholeAndDropsStaleFiles() throws Exception {
    Path out = site.resolve("output");
    OutputWriter first = OutputWriter.open(out, site);
    first.write("old/index.html", "old".getBytes(StandardCharsets.UTF_8));
    first.commit();
    OutputWriter second = OutputWriter.open(out, site);
    second.write("new/index.html", "new".getBytes(StandardCharsets.UTF_8));
    assertThat(out.resolve("old/index.html")).exists();
    second.commit();
    assertThat(out.resolve("new/index.html")).hasContent("new");
    assertThat(out.resolve("old/index.html")).doesNotExist();
    assertThat(out.resolve(OutputWriter.MARKER)).exists();
    assertThat(Files.list(site).map(p -> p.getFileName().toString())).containsExactly("output");
  }

  @Test
  void abortLeavesTheOutputUntouched() throws Exception {
    Path out = site.resolve("output");
    OutputWriter first = OutputWriter.open(out, site);
    first.write("index.html", "v1".getBytes(StandardCharsets.UTF_8));
    first.commit();
    OutputWriter second = OutputWriter.open(out, site);
    second.write("index.html", "v2".getBytes(StandardCharsets.UTF_8));
    second.abort();
    assertThat(out.resolve("index.html")).hasContent("v1");
  }

  @Test
  void refusesToWriteOutsideTheOutput() throws Exception {
    OutputWriter w = OutputWriter.open(site.resolve("output"), site);
    for (String bad : new String[] {"../escape.html", "/etc/passwd", "a/../../x", "", "a\\..\\b"}) {
      assertThatThrownBy(() -> w.write(bad, new byte[0])).as(bad)
          .isInstanceOf(OutputWriter.OutputException.class);
    }
    w.abort();
    assertThat(site.resolve("escape.html")).doesNotExist();
  }

  @Test
  void refusesFoldersItMustNotReplace() throws Exception {
    Files.createDirectories(site.resolve("content"));
    for (Path bad : new Path[] {site, site.resolve("content"), site.resolve("content/x"),
        site.resolve("templates"), site.getRoot(), Path.of(System.getProperty("user.home"))}) {
      assertThatThrownBy(() -> OutputWriter.open(bad, site)).as(bad.toString())
          .isInstanceOf(OutputWriter.OutputException.class).hasMessageContaining("refusing");
    }
  }

  @Test
  void refusesANonEmptyFolderThatBroadsheetDidNotWrite() throws Exception {
    Path mine = site.resolve("photos");
    Files.createDirectories(mine);
    Files.writeString(mine.resolve("holiday.jpg"), "x");
    assertThatThrownBy(() -> OutputWriter.open(mine, site))
        .hasMessageContaining("not empty and was not written by Broadsheet");
    assertThat(mine.resolve("holiday.jpg")).exists();
  }

  @Test
  void restoresThePreviousOutputAfterABuildKilledMidSwap() throws Exception {
    Path out = site.resolve("output");
    OutputWriter w = OutputWriter.open(out, site);
    w.write("index.html", "v1".getBytes(StandardCharsets.UTF_8));
    w.commit();
    // A build killed between moving output aside and moving staging in leaves only the old copy.
    Files.move(out, site.resolve(".broadsheet-old-output"));
    OutputWriter.open(out, site).abort();
    assertThat(out.resolve("index.html")).hasContent("v1");
  }
}
