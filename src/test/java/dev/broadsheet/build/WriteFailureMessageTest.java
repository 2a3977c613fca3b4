package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SitePaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure of the file system while the site is written (a full disk, a name too long) is told
 * with the file within the site and the system's reason, not Java's names for the failure.
 */
class WriteFailureMessageTest {
  @TempDir Path dir;

  @Test
  void namesTheFileWithinTheSiteAndTheReason() {
    SitePaths paths = SitePaths.of(dir);
    String file = dir.resolve(".broadsheet-staging-output/world/x/index.html").toString();

    assertThat(Generator.why(new UncheckedIOException(
        new FileSystemException(file, null, "File name too long")), paths))
        .isEqualTo(".broadsheet-staging-output/world/x/index.html: File name too long");
    assertThat(Generator.why(new NoSuchFileException(file), paths))
        .isEqualTo(".broadsheet-staging-output/world/x/index.html: no such file or folder");
    assertThat(Generator.why(new UncheckedIOException(
        new IOException("No space left on device")), paths))
        .isEqualTo("No space left on device");
  }
}
