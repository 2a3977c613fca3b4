package dev.broadsheet.output;

import dev.broadsheet.config.SitePaths;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.source.SiteWalk;
import dev.broadsheet.source.SourceFile;
import dev.broadsheet.source.Theme;
import dev.broadsheet.util.Folders;
import dev.broadsheet.util.IoErrors;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers the files copied as they are: the theme's assets (from the jar), the site's own
 * {@code templates/assets/} (same name wins over the theme's), the site's {@code static/} folder (to
 * the output root) and the non-article files under content/ (images beside articles). Later sources
 * override earlier ones of the same path.
 */
public final class StaticFiles {
  private StaticFiles() {}

  public static List<StaticFile> collect(SitePaths paths, List<SourceFile> contentAssets,
      Problems problems) {
    Map<String, StaticFile> files = new TreeMap<>();
    try {
      themeAssets(files);
    } catch (IOException e) {
      problems.error("[theme]", 0, 0, "cannot read the default theme's assets: " + IoErrors.describe(e));
    }
    folder(paths, paths.templates().resolve("assets"), "assets/", files, problems);
    folder(paths, paths.statics(), "", files, problems);
    for (SourceFile f : contentAssets) {
      files.put(f.contentPath(), StaticFile.of(f.contentPath(), f.path(), f.file()));
    }
    files.values().removeIf(f -> {
      if (f.path().indexOf('\\') < 0) {
        return false;
      }
      problems.error(f.origin(), 0, 0, "a backslash in the file's name, which servers on Windows"
          + " and some browsers read as a folder; rename the file");
      return true;
    });
    return List.copyOf(files.values());
  }

  private static void themeAssets(Map<String, StaticFile> files) throws IOException {
    for (Theme.File f : Theme.files("assets")) {
      files.put(f.path(), new StaticFile(f.path(), "[theme]/" + f.path(), f.opener()::open,
          null));
    }
  }

  private static void folder(SitePaths paths, Path dir, String prefix, Map<String, StaticFile> files,
      Problems problems) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    Path siteRoot = SiteWalk.realRoot(paths.root());
    String home = paths.relative(dir) + "/";
    Path walked = SiteWalk.top(dir, paths.relative(dir), siteRoot, problems);
    if (walked == null) {
      return;
    }
    try {
      Files.walkFileTree(walked, new SiteWalk.Visitor(walked) {
        @Override
        public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
          String rel = Folders.slashed(walked.relativize(p));
          if (SiteWalk.hidden(rel, rel.lastIndexOf('/') + 1)) {
            return FileVisitResult.CONTINUE;
          }
          String name = paths.relative(p);
          if (attrs.isSymbolicLink()) {
            if (SiteWalk.follow(p, name, siteRoot, home, problems) == null) {
              return FileVisitResult.CONTINUE;
            }
          } else if (!attrs.isRegularFile()) {
            SiteWalk.notRegular(name, home, problems);
            return FileVisitResult.CONTINUE;
          }
          files.put(prefix + rel, StaticFile.of(prefix + rel, name, p));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path p, IOException e) {
          problems.error(paths.relative(p), 0, 0, "cannot read: " + IoErrors.reason(e));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.error(paths.relative(dir), 0, 0, "cannot read: " + IoErrors.reason(e));
    }
  }
}
