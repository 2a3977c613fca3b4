package dev.broadsheet.build;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Keeps two builds from writing one output folder at once: a cron build starting while a
 * publisher's is still running shared its staging folder and failed halfway with "no such file".
 * The second build waits for the first, across processes (a lock on a file of the build cache)
 * and within one (a lock in memory, as a process cannot lock a file twice). The file stays when
 * the build ends: deleting it would let a waiting build lock a file no longer there.
 */
final class OutputLock implements Closeable {
  private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

  private final Semaphore local;
  private boolean closed;
  /** The lock file's channel, which holds its lock until it is closed; null: none. */
  private final FileChannel channel;

  private OutputLock(Semaphore local, FileChannel channel) {
    this.local = local;
    this.channel = channel;
  }

  /**
   * Takes the lock named by {@code file}, telling {@code waiting} once if another build holds
   * it. Without {@code useFile}, or when the file cannot be made (a read-only site), only this
   * process's builds are kept apart.
   */
  static OutputLock acquire(Path file, boolean useFile, Runnable waiting) {
    Semaphore local = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(),
        k -> new Semaphore(1));
    boolean told = false;
    if (!local.tryAcquire()) {
      waiting.run();
      told = true;
      local.acquireUninterruptibly();
    }
    if (!useFile) {
      return new OutputLock(local, null);
    }
    FileChannel channel = null;
    try {
      Files.createDirectories(file.getParent());
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      if (channel.tryLock() == null) {
        if (!told) {
          waiting.run();
        }
        channel.lock();
      }
      return new OutputLock(local, channel);
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      return new OutputLock(local, null);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeQuietly(channel); // and with it the file's lock
    local.release();
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Nothing was written to it.
      }
    }
  }
}
