package dev.broadsheet.source;

import dev.broadsheet.config.SitePaths;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.util.Folders;
import dev.broadsheet.util.IoErrors;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Walks content/ without following links out of the site. Hidden files and folders (a leading dot)
 * are skipped; a symbolic link is followed only when its target lies inside the site.
 */
public final class ContentScanner {

  public ContentTree scan(SitePaths paths, Problems problems) {
    List<SourceFile> articles = new ArrayList<>();
    List<SourceFile> authors = new ArrayList<>();
    List<SourceFile> assets = new ArrayList<>();
    Path content = paths.content();
    if (!Files.isDirectory(content)) {
      problems.warning("content", 0, 0, "no content/ folder: the site has no articles yet");
      return new ContentTree(List.of(), List.of(), List.of());
    }
    Path siteRoot = SiteWalk.realRoot(paths.root());
    // Every file's two names are made from the path within content/, found once.
    String contentName = paths.relative(content) + "/";
    Path walked = SiteWalk.top(content, paths.relative(content), siteRoot, problems);
    if (walked == null) {
      return new ContentTree(List.of(), List.of(), List.of());
    }
    // The walk's paths start with content/'s own: a file's path within it is the rest, cut from
    // the string rather than made by relativizing (two path objects a file), where the file
    // system's separator is the URL's.
    int start = walked.toString().length() + 1;
    boolean slashed = walked.getFileSystem().getSeparator().equals("/");
    try {
      Files.walkFileTree(walked, new SiteWalk.Visitor(walked) {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String contentPath = slashed ? file.toString().substring(start)
              : Folders.slashed(walked.relativize(file));
          if (SiteWalk.hidden(contentPath, contentPath.lastIndexOf('/') + 1)) {
            return FileVisitResult.CONTINUE;
          }
          String rel = contentName + contentPath;
          BasicFileAttributes seen = attrs;
          if (attrs.isSymbolicLink()) {
            seen = SiteWalk.follow(file, rel, siteRoot, "content/", problems);
            if (seen == null) {
              return FileVisitResult.CONTINUE;
            }
          } else if (!attrs.isRegularFile()) {
            SiteWalk.notRegular(rel, "content/", problems);
            return FileVisitResult.CONTINUE;
          }
          SourceFile source = new SourceFile(file, rel, contentPath, seen.size(),
              seen.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
          String lower = contentPath.toLowerCase(java.util.Locale.ROOT);
          if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            articles.add(source);
          } else if (contentPath.startsWith("authors/") && contentPath.indexOf('/', 8) < 0
              && (lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
            authors.add(source);
          } else {
            assets.add(source);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          String why = e instanceof NoSuchFileException ? "it vanished while the build read it"
              : IoErrors.reason(e);
          problems.error(paths.relative(file), 0, 0, "cannot read: " + why);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.error("content", 0, 0, "cannot read content/: " + IoErrors.reason(e));
    }
    Comparator<SourceFile> byPath = Comparator.comparing(SourceFile::path);
    articles.sort(byPath);
    authors.sort(byPath);
    assets.sort(byPath);
    return new ContentTree(List.copyOf(articles), List.copyOf(authors), List.copyOf(assets));
  }

}
