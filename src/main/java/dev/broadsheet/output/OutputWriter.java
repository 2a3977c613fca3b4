package dev.broadsheet.output;

import dev.broadsheet.util.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The only code that writes the site. Everything goes into a staging folder beside the output;
 * {@link #commit} swaps it into place only when the build succeeded, so a failed or killed build
 * leaves the previous output as it was. No path can be written outside the staging folder.
 */
public final class OutputWriter {
  /** The file that marks a folder as written by Broadsheet, so it may be replaced. */
  public static final String MARKER = ".broadsheet-output";

  private final Path output;
  private final Path staging;
  private final Path old;
  /** Whether this build changes the output in place rather than replacing it whole. */
  private final boolean update;
  /** Folders already made in the staging folder, so each is made once however many files it holds. */
  private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
  /**
   * Whether there is an earlier output whose unchanged files can be kept; without one, a clean
   * build does not look for each of its 15,000 files in a folder that is not there.
   */
  private boolean previous;

  private OutputWriter(Path output, boolean update) {
    this.output = output;
    this.update = update;
    String name = output.getFileName().toString();
    this.staging = output.resolveSibling(".broadsheet-staging-" + name);
    this.old = output.resolveSibling(".broadsheet-old-" + name);
  }

  /**
   * Opens a writer for {@code output}, after checking it is a folder Broadsheet may replace: empty,
   * missing, or marked as an earlier build's. {@code forbidden} are folders it must not be or hold.
   */
  public static OutputWriter open(Path output, Path siteRoot) throws IOException {
    return open(output, siteRoot, false);
  }

  /**
   * Opens a writer that changes an earlier build's output in place: only the files written go to
   * the staging folder, and {@link #commit(String, Collection)} moves them over the old ones.
   */
  public static OutputWriter update(Path output, Path siteRoot) throws IOException {
    return open(output, siteRoot, true);
  }

  private static OutputWriter open(Path output, Path siteRoot, boolean update) throws IOException {
    Path out = output.toAbsolutePath().normalize();
    Path root = siteRoot.toAbsolutePath().normalize();
    refuse(out, root);
    OutputWriter w = new OutputWriter(out, update && Files.isRegularFile(out.resolve(MARKER)));
    w.recover();
    w.previous = Files.isDirectory(out);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new OutputException("output " + out.getFileName() + " is a file, not a folder");
    }
    if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
      throw new OutputException("output folder " + out + " is not empty and was not written by"
          + " Broadsheet; choose another --output, or empty it first");
    }
    Folders.deleteTree(w.staging);
    Files.createDirectories(w.staging);
    return w;
  }

  private static void refuse(Path out, Path root) {
    Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
    String why = null;
    if (out.getParent() == null) {
      why = "the file system's root";
    } else if (out.equals(home)) {
      why = "your home folder";
    } else if (home.startsWith(out)) {
      why = "a folder that holds your home folder";
    } else if (out.equals(root)) {
      why = "the site folder itself";
    } else if (root.startsWith(out)) {
      why = "a folder that holds the site";
    } else if (out.startsWith(root.resolve("content"))) {
      why = "inside content/";
    } else if (out.startsWith(root.resolve("templates"))) {
      why = "inside templates/";
    } else if (out.startsWith(root.resolve("static"))) {
      why = "inside static/";
    }
    if (why != null) {
      throw new OutputException("refusing to write the site to " + out + ": it is " + why
          + "; choose a folder of its own, such as output/");
    }
  }

  /** After a build killed between the two renames of a commit, puts the previous output back. */
  private void recover() throws IOException {
    if (Files.isDirectory(old)) {
      if (!Files.exists(output)) {
        Files.move(old, output);
      } else {
        Folders.deleteTree(old);
      }
    }
  }

  public Path output() {
    return output;
  }

  /** Writes {@code bytes} to {@code path} (relative, forward slashes) inside the staging folder. */
  public void write(String path, byte[] bytes) {
    Path target = target(path);
    try {
      folder(target.getParent());
      if (update || !previous || !keepUnchanged(path, target, bytes)) {
        writeFile(target, bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies the file {@code source} to {@code path} inside the staging folder a block at a time,
   * as {@link #write} writes bytes held in memory: for files too large to hold (a video in
   * static/). An identical file of the previous output is kept as {@link #write} keeps it.
   */
  public void copy(Path source, String path) {
    Path target = target(path);
    try {
      folder(target.getParent());
      if (update || !previous || !keepUnchanged(path, target, source)) {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * When the previous output has a file of the same path and the same bytes, links it into the
   * staging folder instead of writing it again: the swap then keeps the very same file, with its
   * modification time, so tools like rsync upload only what changed.
   */
  private boolean keepUnchanged(String path, Path target, byte[] bytes) {
    return keepUnchanged(path, target, bytes.length,
        previous -> Arrays.equals(Files.readAllBytes(previous), bytes));
  }

  /** As {@link #keepUnchanged(String, Path, byte[])}, comparing with {@code source} block by block. */
  private boolean keepUnchanged(String path, Path target, Path source) throws IOException {
    return keepUnchanged(path, target, Files.size(source),
        previous -> Files.mismatch(previous, source) < 0);
  }

  private interface SameBytes {
    boolean test(Path previous) throws IOException;
  }

  private boolean keepUnchanged(String path, Path target, long size, SameBytes same) {
    Path previous = output.resolve(path).normalize();
    try {
      if (!previous.startsWith(output) || !Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)
          || Files.size(previous) != size || !same.test(previous)) {
        return false;
      }
      Files.createLink(target, previous);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /**
   * Makes folder {@code dir} of the staging folder, and those it is in, each with one call:
   * {@code Files.createDirectories} first tries the folder itself and then looks up the missing
   * ones one by one, three calls for most of the 20,000 folders of a large site.
   */
  private void folder(Path dir) throws IOException {
    if (folders.contains(dir)) {
      return;
    }
    if (dir.equals(staging) || !dir.startsWith(staging)) {
      Files.createDirectories(dir);
    } else {
      folder(dir.getParent());
      try {
        Files.createDirectory(dir);
      } catch (FileAlreadyExistsException e) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
          throw e;
        }
      }
    }
    folders.add(dir);
  }

  /**
   * Writes {@code bytes} to {@code file} a mebibyte a call: one call for nearly every file, where
   * {@code Files.write} makes one every 8 KiB. (The system copies each call's bytes through a
   * buffer of the thread's, which this keeps to a mebibyte.)
   */
  private static void writeFile(Path file, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      for (int at = 0; at < bytes.length; ) {
        at += channel.write(ByteBuffer.wrap(bytes, at, Math.min(WRITE_CHUNK, bytes.length - at)));
      }
    }
  }

  private static final int WRITE_CHUNK = 1 << 20;

  private Path target(String path) {
    return target(path, staging);
  }

  private static Path target(String path, Path folder) {
    Path target = folder.resolve(path).normalize();
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || !target.startsWith(folder)
        || target.equals(folder)) {
      throw new OutputException("refusing to write '" + path + "' outside the output folder");
    }
    return target;
  }

  /**
   * Whether the output being updated still has the file at {@code path} with {@code size} bytes,
   * as the last build left it: a file deleted or cut short by hand is written again.
   */
  public boolean has(String path, long size) {
    try {
      Path file = target(path, output);
      // One look at the file: an incremental build asks this of every file of the site.
      BasicFileAttributes attributes =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attributes.isRegularFile() && attributes.size() == size;
    } catch (IOException | OutputException e) {
      return false;
    }
  }

  /** Whether this writer changes the output in place (see {@link #update}). */
  public boolean updating() {
    return update;
  }

  /**
   * The build named in the marker of {@code output}, or null when it has none (a folder written
   * before builds were named, or not by Broadsheet).
   */
  public static String markerId(Path output) {
    try {
      for (String line : Files.readAllLines(output.resolve(MARKER))) {
        if (line.startsWith(BUILD)) {
          return line.substring(BUILD.length()).strip();
        }
      }
    } catch (IOException e) {
      // No marker: no build to name.
    }
    return null;
  }

  private static final String BUILD = "build ";

  private static void mark(Path folder, String id) throws IOException {
    Files.writeString(folder.resolve(MARKER), "This folder was written by Broadsheet. A build"
        + " replaces it whole.\n" + BUILD + id + "\n");
  }

  /** Marks the staging folder as Broadsheet's and swaps it into place of the output. */
  public void commit() throws IOException {
    commit("unnamed", java.util.List.of());
  }

  /**
   * Publishes the build named {@code id}. Replacing the output whole, the staging folder is
   * marked and swapped into its place. Updating it in place, each written file is moved over its
   * old version and the {@code stale} files (site paths the build no longer makes) are deleted,
   * with the folders they leave empty.
   */
  public void commit(String id, java.util.Collection<String> stale) throws IOException {
    if (update) {
      moveInto(staging, output);
      for (String path : stale) {
        Path gone = target(path, output);
        Files.deleteIfExists(gone);
        for (Path dir = gone.getParent(); !dir.equals(output) && isEmpty(dir); dir = dir.getParent()) {
          Files.delete(dir);
        }
      }
      if (!id.equals(markerId(output))) {
        mark(output, id);
      }
      Folders.deleteTree(staging);
      return;
    }
    mark(staging, id);
    boolean hadOutput = Files.exists(output);
    if (hadOutput) {
      move(output, old);
    }
    move(staging, output);
    if (hadOutput) {
      Folders.deleteTree(old);
    }
  }

  /** Moves every file under {@code from} to the same place under {@code to}, replacing it. */
  private static void moveInto(Path from, Path to) throws IOException {
    java.util.List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    }
    for (Path file : files) {
      Path target = to.resolve(from.relativize(file).toString());
      Files.createDirectories(target.getParent());
      try {
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Throws the staging folder away; the output is untouched. */
  public void abort() {
    try {
      Folders.deleteTree(staging);
    } catch (IOException e) {
      // The staging folder is hidden and is emptied again by the next build.
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  /** A refusal to write somewhere, with the reason for the publisher. */
  public static final class OutputException extends RuntimeException {
    public OutputException(String message) {
      super(message);
    }
  }
}
