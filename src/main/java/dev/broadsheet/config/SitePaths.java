package dev.broadsheet.config;

import dev.broadsheet.util.Folders;
import java.nio.file.Path;

/** The one place the names of a site's folders and files live. */
public record SitePaths(Path root, Path output) {

  public SitePaths {
    root = root.toAbsolutePath().normalize();
    output = output.toAbsolutePath().normalize();
  }

  /** A site at {@code root} that builds into {@code root/output}. */
  public static SitePaths of(Path root) {
    Path r = root.toAbsolutePath().normalize();
    return new SitePaths(r, r.resolve("output"));
  }

  public SitePaths withOutput(Path newOutput) {
    return new SitePaths(root, newOutput);
  }

  public Path config() {
    return root.resolve("site.yaml");
  }

  public Path content() {
    return root.resolve("content");
  }

  public Path authors() {
    return content().resolve("authors");
  }

  public Path templates() {
    return root.resolve("templates");
  }

  /** The site's own static files, copied to the root of the output as they are. */
  public Path statics() {
    return root.resolve("static");
  }

  /** The hidden folder where builds keep what the next build can reuse. */
  public Path cache() {
    return root.resolve(".broadsheet-cache");
  }

  /** Where resized images are kept between builds, keyed by their source's content. */
  public Path imageCache() {
    return cache().resolve("images");
  }

  /**
   * {@code file} relative to the site root, with forward slashes, for messages ("." for the site
   * folder itself; a path outside the site as it stands).
   */
  public String relative(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
    String name = Folders.slashed(rel);
    return name.isEmpty() ? "." : name;
  }
}
