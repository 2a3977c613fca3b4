package dev.broadsheet.source;

import dev.broadsheet.problem.Problems;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The rules shared by the walks of the site's folders ({@code content/}, {@code static/},
 * {@code templates/assets/}). Hidden files and folders (a leading dot) and editor backups (a
 * trailing {@code ~}) are left out. A symbolic link is followed only to a file inside the site: a
 * link out of the site, one that leads nowhere or loops back is an error, and a linked folder
 * within a walk a warning, each at the link's name, so no file is left out without a word. The
 * site's folder itself may be a link to a folder inside the site.
 */
public final class SiteWalk {
  private SiteWalk() {}

  /**
   * The attributes of the file {@code link} leads to, or null when it is not followed (and was
   * reported at {@code name}). {@code home} names the folder its files belong in, for the advice.
   */
  public static BasicFileAttributes follow(Path link, String name, Path siteRoot, String home,
      Problems problems) {
    try {
      Path target = link.toRealPath();
      if (!target.startsWith(siteRoot)) {
        problems.error(name, 0, 0, "symbolic link points outside the site; copy the file in instead");
        return null;
      }
      if (Files.isDirectory(target)) {
        problems.warning(name, 0, 0, "linked folder is not followed; move its files into " + home);
        return null;
      }
      BasicFileAttributes attrs = Files.readAttributes(target, BasicFileAttributes.class);
      if (!attrs.isRegularFile()) {
        notRegular(name, home, problems);
        return null;
      }
      return attrs;
    } catch (IOException e) {
      problems.error(name, 0, 0, "symbolic link that leads nowhere or loops back on itself;"
          + " remove it, or point it at a file inside the site");
      return null;
    }
  }

  /**
   * The folder to walk for {@code folder} (named {@code name}): itself, or the folder it leads to
   * when it is a link to one inside the site; null when it is a link out of the site or to
   * nothing (reported).
   */
  public static Path top(Path folder, String name, Path siteRoot, Problems problems) {
    if (!Files.isSymbolicLink(folder)) {
      return folder;
    }
    try {
      Path target = folder.toRealPath();
      if (target.startsWith(siteRoot)) {
        return target;
      }
      problems.error(name, 0, 0, "symbolic link points outside the site; copy the folder in instead");
    } catch (IOException e) {
      problems.error(name, 0, 0, "symbolic link that leads nowhere or loops back on itself;"
          + " remove it, or point it at a folder inside the site");
    }
    return null;
  }

  /** A walk of one of the site's folders that skips its hidden folders. */
  public abstract static class Visitor extends SimpleFileVisitor<Path> {
    private final Path top;

    protected Visitor(Path top) {
      this.top = top;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      return !dir.equals(top) && hidden(dir.getFileName().toString(), 0)
          ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }
  }

  /** Reports a pipe, socket or device at {@code name}, which a walk does not read. */
  public static void notRegular(String name, String home, Problems problems) {
    problems.warning(name, 0, 0, "not a regular file (a pipe, socket or device), so not read;"
        + " remove it from " + home);
  }

  /** The site's folder as the system names it, links resolved, to test targets against. */
  public static Path realRoot(Path root) {
    try {
      return root.toRealPath();
    } catch (IOException e) {
      return root;
    }
  }

  /** Whether the file or folder whose name starts at {@code name} in {@code path} is left out. */
  public static boolean hidden(String path, int name) {
    return path.startsWith(".", name) || path.endsWith("~");
  }
}
