package dev.broadsheet.output;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file copied into the output as it is: where it goes, where it came from, its bytes, and the
 * file on disk it is read from (null for the default theme's assets, read from the jar).
 */
public record StaticFile(String path, String origin, Opener opener, java.nio.file.Path file) {

  /** A file read from {@code file}. */
  public static StaticFile of(String path, String origin, java.nio.file.Path file) {
    return new StaticFile(path, origin, () -> java.nio.file.Files.newInputStream(file), file);
  }

  /** Opens the file's bytes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }
}
