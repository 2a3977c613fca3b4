package dev.broadsheet.source;

import java.nio.file.Path;

/**
 * One input file, found under the site. {@code path} is relative to the site root with forward
 * slashes ({@code content/world/summit.md}); {@code contentPath} is relative to {@code content/}.
 * {@code size} and {@code modified} (in nanoseconds) are what the scan that found it saw, or -1
 * when it did not look.
 */
public record SourceFile(Path file, String path, String contentPath, long size, long modified) {

  public SourceFile(Path file, String path, String contentPath) {
    this(file, path, contentPath, -1, -1);
  }

  /** The folders between content/ and the file, such as {@code world} or {@code world/2023}. */
  public String folder() {
    int slash = contentPath.lastIndexOf('/');
    return slash < 0 ? "" : contentPath.substring(0, slash);
  }

  /** The file name without its extension. */
  public String stem() {
    String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
