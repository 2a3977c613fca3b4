package dev.broadsheet.cache;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Article bodies' HTML set aside for one build, compressed, in a file of the build cache's folder:
 * for a site whose bodies do not fit in memory from reading to rendering. Reading a body back costs
 * a fifth of making it again from its Markdown (which took a fifth of a 100,000-article build).
 *
 * <p>Threads store and load at once: each body is written at its own place in the file. The file
 * has no name once open where the system allows it (it is deleted at once, and else when closed),
 * so a build that is stopped leaves nothing behind.
 */
public final class BodySpill implements Closeable {
  /** Deflate's quickest level: HTML still shrinks to a third or less. */
  private static final int LEVEL = 1;
  private static final ThreadLocal<Deflater> DEFLATERS =
      ThreadLocal.withInitial(() -> new Deflater(LEVEL));
  private static final ThreadLocal<Inflater> INFLATERS =
      ThreadLocal.withInitial(() -> new Inflater());
  private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[1 << 16]);

  private final FileChannel channel;
  private final AtomicLong end = new AtomicLong();
  private volatile boolean closed;

  private BodySpill(FileChannel channel) {
    this.channel = channel;
  }

  /** A new spill in {@code folder} (made if missing). */
  public static BodySpill open(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path file = Files.createTempFile(folder, "bodies-", ".tmp");
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ,
        StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Where an open file cannot be deleted, it goes when closed.
    }
    return new BodySpill(channel);
  }

  /** Where a body was set aside. */
  public record Place(long position, int stored, int length) {}

  /** Sets {@code utf8} aside; its place, or null when it could not be written. */
  public Place store(byte[] utf8) {
    Deflater deflater = DEFLATERS.get();
    deflater.reset();
    deflater.setInput(utf8);
    deflater.finish();
    byte[] buffer = BUFFERS.get();
    int stored = 0;
    while (!deflater.finished()) {
      if (stored == buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
        BUFFERS.set(buffer);
      }
      stored += deflater.deflate(buffer, stored, buffer.length - stored);
    }
    long position = end.getAndAdd(stored);
    try {
      ByteBuffer out = ByteBuffer.wrap(buffer, 0, stored);
      while (out.hasRemaining()) {
        channel.write(out, position + out.position());
      }
      return new Place(position, stored, utf8.length);
    } catch (IOException e) {
      return null;
    }
  }

  /** The HTML set aside at {@code place}, or null when it cannot be read back whole. */
  public String load(Place place) {
    if (closed) {
      return null;
    }
    try {
      ByteBuffer in = ByteBuffer.allocate(place.stored());
      while (in.hasRemaining()) {
        if (channel.read(in, place.position() + in.position()) < 0) {
          return null;
        }
      }
      Inflater inflater = INFLATERS.get();
      inflater.reset();
      inflater.setInput(in.array());
      byte[] utf8 = new byte[place.length()];
      int n = 0;
      while (n < utf8.length) {
        int k = inflater.inflate(utf8, n, utf8.length - n);
        if (k == 0) {
          return null; // cut short
        }
        n += k;
      }
      // Whole when nothing follows and zlib's checksum held.
      return inflater.finished() || inflater.inflate(new byte[1]) == 0 && inflater.finished()
          ? new String(utf8, StandardCharsets.UTF_8) : null;
    } catch (IOException | DataFormatException e) {
      return null;
    }
  }

  /** The bytes written so far. */
  public long size() {
    return end.get();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    channel.close();
  }
}
