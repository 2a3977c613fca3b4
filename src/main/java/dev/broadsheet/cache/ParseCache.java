package dev.broadsheet.cache;

import dev.broadsheet.model.Article;
import dev.broadsheet.parse.Parsed;
import dev.broadsheet.source.SourceFile;
import dev.broadsheet.util.FastHash;
import dev.broadsheet.util.Folders;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What reading each article gave in the last build, kept in the site's hidden cache folder, so
 * that a file whose size and modification time have not changed is not read again, nor one whose
 * bytes are the same (after a fresh clone, every file has a new time). The whole
 * cache belongs to one {@code key}: the Broadsheet build, site.yaml's bytes and the options that
 * change how articles are read; under another key it starts empty. A cache that cannot be read
 * (damaged, or written by another version) is ignored and written anew.
 */
public final class ParseCache {
  private static final String FORMAT = "broadsheet-parse-cache-4";

  /** A file's size and modification time, in nanoseconds, when it was read. */
  public record Stamp(long size, long modified) {
    /** The stamp of {@code source} as its scan saw it, else now (null when it cannot be read). */
    public static Stamp of(SourceFile source) {
      return source.size() >= 0 ? new Stamp(source.size(), source.modified()) : of(source.file());
    }

    /** The stamp of {@code file} now, or null when it cannot be read. */
    public static Stamp of(Path file) {
      try {
        return new Stamp(Files.size(file), Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS));
      } catch (IOException e) {
        return null;
      }
    }
  }

  /** An article file's stamp when it was read, and what reading gave (with a hash of its bytes). */
  private record Entry(Stamp stamp, Parsed parsed) {}

  private final Path file;
  private final String key;
  private Map<String, Entry> previous;
  /** When the cache was written (its file's modification time, in nanoseconds). */
  private final long written;
  private final Map<String, Entry> next = new ConcurrentHashMap<>();

  private ParseCache(Path file, String key, Map<String, Entry> previous, long written) {
    this.file = file;
    this.key = key;
    this.previous = previous;
    this.written = written;
  }

  /** The cache in {@code file} if it was written under {@code key}, else an empty one. */
  @SuppressWarnings("unchecked")
  public static ParseCache load(Path file, String key) {
    if (Files.isRegularFile(file)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(
          Files.newInputStream(file), 1 << 16))) {
        if (FORMAT.equals(in.readUTF()) && key.equals(in.readUTF())) {
          Stamp stamp = Stamp.of(file);
          return new ParseCache(file, key, read(in), stamp == null ? Long.MIN_VALUE : stamp.modified());
        }
      } catch (IOException | RuntimeException e) {
        // Damaged or from another version: read every article again.
      }
    }
    return new ParseCache(file, key, Map.of(), Long.MIN_VALUE);
  }

  /**
   * What reading {@code source} gave last time, if its stamp is {@code stamp} again. A file
   * modified no earlier than the cache was written is read again: on a file system with coarse
   * times, it may have changed in the same tick without its stamp showing it.
   */
  public Parsed get(SourceFile source, Stamp stamp) {
    Entry e = previous.get(source.path());
    if (e == null || stamp == null) {
      return null;
    }
    if (e.stamp().equals(stamp) && stamp.modified() < written) {
      return e.parsed();
    }
    // A new stamp with the same bytes (a fresh clone, a copy, a touch) is the same article.
    return e.parsed().sourceHash().equals(hash(source.file())) ? e.parsed() : null;
  }

  /** A hash of the bytes of {@code file}, or "" when it cannot be read. */
  public static String hash(Path file) {
    try {
      return FastHash.of(Files.readAllBytes(file));
    } catch (IOException | OutOfMemoryError e) {
      return "";
    }
  }

  /**
   * A cache for the next build in this process whose previous entries are this build's, without
   * writing or reading a file (the dev server). Files modified less than a moment before
   * {@code readFromMillis}, when this build began reading, are read again next time.
   */
  public ParseCache carryOver(long readFromMillis) {
    return new ParseCache(file, key, Map.copyOf(next),
        TimeUnit.MILLISECONDS.toNanos(readFromMillis - RACY_MILLIS));
  }

  /** How long before a build began a file modification may hide in the file system's clock. */
  private static final long RACY_MILLIS = 50;

  /** The key this cache was made under. */
  public String key() {
    return key;
  }

  /** Whether {@code parsed} for {@code source} came from this cache rather than a new reading. */
  public boolean isReused(SourceFile source, Parsed parsed) {
    Entry old = previous.get(source.path());
    Entry now = next.get(source.path());
    return old != null && now != null && old.parsed() == now.parsed();
  }

  /**
   * Keeps what reading {@code source} gave this time: {@code stamp} was taken before it was read
   * and the hash in {@code parsed} is of the bytes read, so a change while reading shows next time.
   */
  public void put(SourceFile source, Stamp stamp, Parsed parsed) {
    if (stamp != null && !parsed.sourceHash().isEmpty()) {
      next.put(source.path(), new Entry(stamp, parsed));
    }
  }

  /** Whether this build read or dropped any article, so the file needs writing again. */
  private boolean changed() {
    if (next.size() != previous.size()) {
      return true;
    }
    for (Map.Entry<String, Entry> e : next.entrySet()) {
      Entry old = previous.get(e.getKey());
      if (old == null || old.parsed() != e.getValue().parsed()
          || !old.stamp().equals(e.getValue().stamp())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entries, each article's search terms written apart: first every term once, then each
   * entry with the numbers of its terms. Articles share most of their terms, so this keeps the
   * file to about a third of what writing each article whole would take.
   */
  private static void write(DataOutputStream out, Map<String, Entry> entries) throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    List<String> terms = new ArrayList<>();
    for (Entry e : entries.values()) {
      Article a = e.parsed().article();
      if (a != null) {
        for (String t : a.body().terms()) {
          if (ids.putIfAbsent(t, terms.size()) == null) {
            terms.add(t);
          }
        }
      }
    }
    out.writeInt(terms.size());
    for (String t : terms) {
      ParsedCodec.string(out, t);
    }
    out.writeInt(entries.size());
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeLong(e.getValue().stamp().size());
      out.writeLong(e.getValue().stamp().modified());
      ParsedCodec.string(out, e.getValue().parsed().sourceHash());
      ParsedCodec.write(out, e.getValue().parsed());
      Article a = e.getValue().parsed().article();
      String[] own = a == null ? new String[0] : a.body().terms();
      byte[] codes = new byte[own.length * 5];
      int n = 0;
      for (String t : own) {
        n = putVarint(codes, n, ids.get(t));
      }
      out.writeInt(own.length);
      out.writeInt(n);
      out.write(codes, 0, n);
      if (a != null) {
        out.write(a.body().scores());
      }
    }
  }

  private static Map<String, Entry> read(DataInputStream in) throws IOException {
    String[] terms = new String[in.readInt()];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = ParsedCodec.string(in);
    }
    int count = in.readInt();
    Map<String, Entry> entries = new HashMap<>(count * 2);
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String path = in.readUTF();
      Stamp stamp = new Stamp(in.readLong(), in.readLong());
      String hash = ParsedCodec.string(in);
      Entry e = new Entry(stamp, ParsedCodec.read(in, hash, names));
      String[] own = new String[in.readInt()];
      byte[] codes = in.readNBytes(in.readInt());
      int at = 0;
      for (int j = 0; j < own.length; j++) {
        int id = 0;
        for (int shift = 0; ; shift += 7) {
          byte b = codes[at++];
          id |= (b & 0x7F) << shift;
          if (b >= 0) {
            break;
          }
        }
        own[j] = terms[id];
      }
      Article a = e.parsed().article();
      if (a != null) {
        byte[] scores = in.readNBytes(own.length);
        Parsed p = e.parsed();
        e = new Entry(e.stamp(), new Parsed(a.withBody(a.body().withTerms(own, scores)),
            p.problems(), p.keys(), p.images(), p.sourceHash()));
      }
      entries.put(path, e);
    }
    return entries;
  }

  private static int putVarint(byte[] out, int at, int value) {
    while ((value & ~0x7F) != 0) {
      out[at++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out[at++] = (byte) value;
    return at;
  }

  /** Lets go of every entry, once saved: on a large site they take memory the build needs. */
  public void release() {
    previous = Map.of();
    next.clear();
  }

  /** Writes this build's entries in place of the last build's; a failure only costs speed. */
  public void save() {
    if (!changed()) {
      return;
    }
    try {
      Folders.writeAtomically(file, out -> {
        out.writeUTF(FORMAT);
        out.writeUTF(key);
        write(out, new TreeMap<>(next));
      });
    } catch (IOException e) {
      // The next build reads the articles again.
    }
  }
}
