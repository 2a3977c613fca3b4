package dev.broadsheet.util;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Folder operations the JDK lacks. */
public final class Folders {
  private Folders() {}

  /**
   * {@code relative} written with {@code /} between its names, as URLs and messages want it. Only
   * the file system's own separator is replaced: on Linux a backslash is part of a file's name.
   */
  public static String slashed(Path relative) {
    String s = relative.toString();
    String separator = relative.getFileSystem().getSeparator();
    return separator.equals("/") ? s : s.replace(separator, "/");
  }

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

  /** Writes a file through a stream. */
  @FunctionalInterface
  public interface Writing {
    void write(java.io.DataOutputStream out) throws IOException;
  }

  /**
   * Writes {@code file} whole or not at all: into a temporary file beside it, then moved over it,
   * so a reader never sees half of it.
   */
  public static void writeAtomically(Path file, Writing writing) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), ".write-", ".tmp");
    try {
      try (java.io.DataOutputStream out = new java.io.DataOutputStream(
          new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
        writing.write(out);
      }
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
