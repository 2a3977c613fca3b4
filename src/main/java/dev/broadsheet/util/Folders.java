package dev.broadsheet.util;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Folder operations the JDK lacks. */
public final class Folders {
  private Folders() {}

  /**
   * Deletes a folder and everything in it, without following links out of it. A missing folder
   * is fine; a file that appears while deleting is left for the next attempt.
   */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        try {
          Files.delete(d);
        } catch (DirectoryNotEmptyException ignored) {
          // Something was written into it meanwhile; the next attempt empties it.
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
