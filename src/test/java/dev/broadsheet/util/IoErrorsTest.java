package dev.broadsheet.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.config.SitePaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure of the file system (a full disk, a name too long, a missing folder) is told with the
 * file and the system's reason, not Java's names for the failure.
 */
class IoErrorsTest {
  @TempDir Path dir;

  @Test
  void namesTheFileWithinTheSiteAndTheReason() {
    SitePaths paths = SitePaths.of(dir);
    String file = dir.resolve(".broadsheet-staging-output/world/x/index.html").toString();

    assertThat(IoErrors.describe(new UncheckedIOException(
        new FileSystemException(file, null, "File name too long")), paths::relative))
        .isEqualTo(".broadsheet-staging-output/world/x/index.html: File name too long");
    assertThat(IoErrors.describe(new NoSuchFileException(file), paths::relative))
        .isEqualTo(".broadsheet-staging-output/world/x/index.html: no such file or folder");
    assertThat(IoErrors.describe(new UncheckedIOException(
        new IOException("No space left on device"))))
        .isEqualTo("No space left on device");
  }

  @Test
  void aFailureOfTheSystemSaysWhy() {
    Path missing = dir.resolve("no-such-folder/next-build.txt");
    try {
      Files.writeString(missing, "x");
    } catch (IOException e) {
      assertThat(IoErrors.describe(e)).isEqualTo(missing + ": no such file or folder");
      assertThat(e.getMessage()).isEqualTo(missing.toString());
      return;
    }
    throw new AssertionError("wrote into a folder that is not there");
  }

  @Test
  void aReadThatFailsSaysWhyWithoutThePathTheMessageAlreadyNames() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("content/world/story.md"));
    assertThatThrownBy(() -> Files.readAllBytes(folder)).isInstanceOf(IOException.class)
        .satisfies(e -> assertThat(IoErrors.reason(e)).isEqualTo("Is a directory"));
    Path gone = dir.resolve("content/world/gone.md");
    assertThatThrownBy(() -> Files.readAllBytes(gone)).isInstanceOf(IOException.class)
        .hasMessage(gone.toString())
        .satisfies(e -> assertThat(IoErrors.reason(e)).isEqualTo("no such file or folder"));
    assertThat(IoErrors.reason(new UncheckedIOException(new IOException("Input/output error"))))
        .isEqualTo("Input/output error");
  }
}
