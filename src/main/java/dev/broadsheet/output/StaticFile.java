package dev.broadsheet.output;

import java.io.IOException;
import java.io.InputStream;

/** A file copied into the output as it is: where it goes, where it came from, and its bytes. */
public record StaticFile(String path, String origin, Opener opener) {

  /** Opens the file's bytes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }
}
