package dev.broadsheet.util;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A failure of the file system told for a publisher: the file and the system's reason, without
 * Java's names for the failure ({@code java.nio.file.NoSuchFileException: /x} says only the path).
 */
public final class IoErrors {
  private IoErrors() {}

  /** {@code e} as "file: reason", the file named as {@code name} names it; else its message. */
  public static String describe(Throwable e, Function<Path, String> name) {
    Throwable cause = cause(e);
    if (cause instanceof FileSystemException fs && fs.getFile() != null) {
      return named(fs.getFile(), name) + ": " + reason(fs)
          + (fs.getOtherFile() == null ? "" : " (" + named(fs.getOtherFile(), name) + ")");
    }
    return String.valueOf(cause.getMessage());
  }

  /** {@code e} as "file: reason", the file named as given. */
  public static String describe(Throwable e) {
    return describe(e, Path::toString);
  }

  /**
   * Why {@code e} failed, for a message that already names the file: the system's reason
   * ("permission denied", "Is a directory") rather than Java's message, which for most failures
   * is only the file's absolute path.
   */
  public static String reason(Throwable e) {
    Throwable cause = cause(e);
    if (cause instanceof FileSystemException fs && fs.getFile() != null) {
      return reason(fs);
    }
    return String.valueOf(cause.getMessage());
  }

  /** The failure an {@link UncheckedIOException} carries, else {@code e}. */
  private static Throwable cause(Throwable e) {
    return e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
  }

  private static String named(String file, Function<Path, String> name) {
    try {
      return name.apply(Path.of(file));
    } catch (InvalidPathException e) {
      return file;
    }
  }

  private static String reason(FileSystemException e) {
    if (e.getReason() != null) {
      return e.getReason();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    } else if (e instanceof NotDirectoryException) {
      return "not a folder";
    } else if (e instanceof DirectoryNotEmptyException) {
      return "folder not empty";
    } else if (e instanceof FileSystemLoopException) {
      return "a loop of symbolic links";
    }
    return "cannot be used";
  }
}
