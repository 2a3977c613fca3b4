package dev.broadsheet.parse;

import dev.broadsheet.model.Article;
import dev.broadsheet.problem.Problem;
import dev.broadsheet.util.FastHash;
import java.util.List;

/**
 * What reading one article file gave: the article (null when it has errors), the problems found,
 * the unknown front-matter keys it used, the image files it looked for, and a hash of the bytes
 * read ({@code FastHash}; "" when the file could not be read). Together they are all
 * that reading the file does, so a build cache can stand in for reading it again while the file
 * and the images it looked for are unchanged.
 */
public record Parsed(Article article, List<Problem> problems, List<KeyUse> keys,
    List<ImageDependency> images, String sourceHash) {

  /**
   * A key for the article read: its file's bytes and the image files it looked for, which with
   * the build's settings (site.yaml, this Broadsheet) are all that reading depends on. Two
   * readings with equal keys under equal settings give equal articles.
   */
  public String articleKey() {
    FastHash h = new FastHash().add(sourceHash).add(images.size());
    for (ImageDependency d : images) {
      h.add(d.path()).add(d.found() == null ? "" : "found " + d.found()).add(d.size())
          .add(d.modified());
    }
    return h.hex();
  }

  /** An unknown front-matter key and where it stands. */
  public record KeyUse(String key, int line, int column) {}

  /**
   * An image the article named: its site path, the file found for it ({@code static/x.jpg}, or
   * null when there was none), and that file's size and modification time.
   */
  public record ImageDependency(String path, String found, long size, long modified) {
    // Written out: a record's own equals goes through method handles, which the quick compiler
    // runs slowly, and every article's images are compared on each build.
    @Override
    public boolean equals(Object o) {
      return o instanceof ImageDependency d && size == d.size && modified == d.modified
          && java.util.Objects.equals(path, d.path) && java.util.Objects.equals(found, d.found);
    }

    @Override
    public int hashCode() {
      return (java.util.Objects.hashCode(path) * 31 + java.util.Objects.hashCode(found)) * 31
          + Long.hashCode(size ^ modified);
    }
  }
}
