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

    // Written out: a record's own equals goes through method handles, which the quick compiler
    // runs slowly, and the stamps of every article are compared on each build.
    @Override
    public boolean equals(Object o) {
      return o instanceof Stamp s && size == s.size && modified == s.modified;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(size) * 31 + Long.hashCode(modified);
    }
  }

  /**
   * An article file's stamp when it was read, what reading gave (with a hash of its bytes), and
   * when the cache file it came from was written (its modification time, in nanoseconds).
   */
  private record Entry(Stamp stamp, Parsed parsed, long written) {}

  /**
   * Entries changed since the whole cache was last written, at most this many (or a sixteenth of
   * the site, if more), go in a file of their own beside it: an edit to one article of a large
   * site then writes a few kilobytes rather than every entry.
   */
  private static final int RECENT = 64;

  private final Path file;
  private final String key;
  /** The entries of the whole cache's file, without the recent ones, and its stamp then. */
  private Map<String, Entry> base;
  private final Stamp baseStamp;
  /** The last build's entries: those of the whole file with the recent changes applied. */
  private Map<String, Entry> previous;
  private final Map<String, Entry> next = new ConcurrentHashMap<>();

  private ParseCache(Path file, String key, Map<String, Entry> base, Stamp baseStamp,
      Map<String, Entry> previous) {
    this.file = file;
    this.key = key;
    this.base = base;
    this.baseStamp = baseStamp;
    this.previous = previous;
  }

  /**
   * The cache in {@code file} (and the recent changes beside it) if it was written under
   * {@code key}, else an empty one.
   */
  public static ParseCache load(Path file, String key) {
    return preload(file, key).forKey(key);
  }

  /**
   * The cache in {@code file} and the recent changes beside it, read before the key they must
   * have is known: a build starts reading it before it has read site.yaml, which the key
   * depends on. Only a cache whose key starts with {@code prefix} (what the key is known to
   * start with: the Broadsheet that reads it) is read past its key, so that a cache left by
   * another version is not decoded to no purpose. Empty when damaged, of another version or of
   * another prefix.
   */
  public static Preloaded preload(Path file, String prefix) {
    Stamp stamp = Stamp.of(file);
    if (stamp != null) {
      try (DataInputStream in = open(file)) {
        String key = in == null ? null : in.readUTF();
        if (key != null && key.startsWith(prefix)) {
          Map<String, Entry> base = read(in, stamp.modified());
          Map<String, Entry> previous = base;
          try {
            previous = base.isEmpty() ? base : withRecent(base, recent(file), key, stamp);
          } catch (IOException | RuntimeException e) {
            // Damaged recent changes: read again the articles they held.
          }
          return new Preloaded(new ParseCache(file, key, base, stamp, previous));
        }
      } catch (IOException | RuntimeException e) {
        // Damaged or from another version: read every article again.
      }
    }
    return new Preloaded(new ParseCache(file, null, Map.of(), stamp, Map.of()));
  }

  /**
   * A cache file read by {@link #preload}, under the key it was written under (null: none),
   * held until {@link #forKey} hands it over: at 100,000 articles a cache fills half of a 1 GB
   * heap, and one of another key (another Broadsheet, another site.yaml) must not stay beside
   * the articles read again in its place.
   */
  public static final class Preloaded {
    private final Path file;
    private final Stamp baseStamp;
    private ParseCache read;

    private Preloaded(ParseCache read) {
      this.file = read.file;
      this.baseStamp = read.baseStamp;
      this.read = read;
    }

    /**
     * The cache, if it was written under {@code key}; else an empty one for that key. Either
     * way this no longer holds it (a second call gets an empty one).
     */
    public synchronized ParseCache forKey(String key) {
      ParseCache cache = read;
      read = null;
      return cache != null && key.equals(cache.key) ? cache
          : new ParseCache(file, key, Map.of(), baseStamp, Map.of());
    }

    /** Whether this still holds what it read. */
    synchronized boolean holding() {
      return read != null;
    }

    /** The key the file was written under, while this holds it (null: none). */
    synchronized String writtenUnder() {
      return read == null ? null : read.key;
    }
  }

  /** The file of the changes since {@code file} was written whole. */
  private static Path recent(Path file) {
    return file.resolveSibling(file.getFileName() + ".recent");
  }

  /**
   * {@code base} with the changes of file {@code recent} applied, if it exists, is of {@code key}
   * and was made on the whole file as it is ({@code baseStamp}); else {@code base}.
   */
  private static Map<String, Entry> withRecent(Map<String, Entry> base, Path recent, String key,
      Stamp baseStamp) throws IOException {
    Stamp stamp = Stamp.of(recent);
    if (stamp == null) {
      return base;
    }
    try (DataInputStream in = open(recent)) {
      if (in == null || !key.equals(in.readUTF()) || in.readLong() != baseStamp.size()
          || in.readLong() != baseStamp.modified()) {
        return base;
      }
      Map<String, Entry> merged = new HashMap<>(base);
      merged.putAll(read(in, stamp.modified()));
      for (int n = in.readInt(); n > 0; n--) {
        merged.remove(in.readUTF());
      }
      return merged;
    }
  }

  /** Cache file {@code file}, opened past its format, at its key; null when of another format. */
  private static DataInputStream open(Path file) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(
        Files.newInputStream(file), 1 << 16));
    try {
      if (FORMAT.equals(in.readUTF())) {
        return in;
      }
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
    in.close();
    return null;
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
    if (e.stamp().equals(stamp) && stamp.modified() < e.written()) {
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
    long written = TimeUnit.MILLISECONDS.toNanos(readFromMillis - RACY_MILLIS);
    Map<String, Entry> kept = new HashMap<>();
    next.forEach((path, e) -> kept.put(path, new Entry(e.stamp(), e.parsed(), written)));
    return new ParseCache(file, key, Map.of(), null, Map.copyOf(kept));
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
      next.put(source.path(), new Entry(stamp, parsed, Long.MIN_VALUE));
    }
  }

  /** Whether this build read or dropped any article, so the cache needs writing again. */
  private boolean changed() {
    if (next.size() != previous.size()) {
      return true;
    }
    for (Map.Entry<String, Entry> e : next.entrySet()) {
      if (!same(previous.get(e.getKey()), e.getValue())) {
        return true;
      }
    }
    return false;
  }

  /** This build's entries that {@code entries} does not have as they are, by path. */
  private Map<String, Entry> changedSince(Map<String, Entry> entries) {
    Map<String, Entry> changed = new TreeMap<>();
    next.forEach((path, e) -> {
      if (!same(entries.get(path), e)) {
        changed.put(path, e);
      }
    });
    return changed;
  }

  /** Whether {@code now} is {@code old}: the same reading of a file with the same stamp. */
  private static boolean same(Entry old, Entry now) {
    return old != null && old.parsed() == now.parsed() && old.stamp().equals(now.stamp());
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
      int[] numbers = new int[own.length];
      for (int k = 0; k < own.length; k++) {
        numbers[k] = ids.get(own[k]);
      }
      Varints.write(out, numbers);
      if (a != null) {
        out.write(a.body().scores());
      }
    }
  }

  private static Map<String, Entry> read(DataInputStream in, long written) throws IOException {
    String[] terms = new String[ParsedCodec.count(in)];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = ParsedCodec.string(in);
    }
    int count = ParsedCodec.count(in);
    Map<String, Entry> entries = new HashMap<>(count * 2);
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String path = in.readUTF();
      Stamp stamp = new Stamp(in.readLong(), in.readLong());
      String hash = ParsedCodec.string(in);
      Entry e = new Entry(stamp, ParsedCodec.read(in, hash, names), written);
      int[] own = Varints.read(in);
      for (int id : own) {
        if (id < 0 || id >= terms.length) {
          throw new IOException("term number out of range");
        }
      }
      Article a = e.parsed().article();
      if (a != null) {
        // The terms stay numbered as this file numbers them, which the search index uses.
        byte[] scores = in.readNBytes(own.length);
        Parsed p = e.parsed();
        e = new Entry(e.stamp(), new Parsed(a.withBody(a.body().withTerms(own, terms, scores)),
            p.problems(), p.keys(), p.images(), p.sourceHash()), written);
      }
      entries.put(path, e);
    }
    return entries;
  }

  /** Lets go of every entry, once saved: on a large site they take memory the build needs. */
  public void release() {
    base = Map.of();
    previous = Map.of();
    next.clear();
  }

  /**
   * Writes this build's entries in place of the last build's: only those changed since the whole
   * file was written, when they are few, else the whole file. A failure only costs speed.
   */
  public void save() {
    if (!changed()) {
      return;
    }
    Map<String, Entry> changed = changedSince(base);
    List<String> removed = base.keySet().stream().filter(p -> !next.containsKey(p)).sorted().toList();
    // The whole file as this build read it: the recent changes are made on it alone.
    Stamp stamp = Stamp.of(file);
    try {
      if (base.isEmpty() || stamp == null || !stamp.equals(baseStamp)
          || changed.size() + removed.size() > Math.max(RECENT, next.size() / 16)) {
        Folders.writeAtomically(file, out -> {
          out.writeUTF(FORMAT);
          out.writeUTF(key);
          write(out, new TreeMap<>(next));
        });
        Files.deleteIfExists(recent(file));
      } else {
        Folders.writeAtomically(recent(file), out -> {
          out.writeUTF(FORMAT);
          out.writeUTF(key);
          out.writeLong(stamp.size());
          out.writeLong(stamp.modified());
          write(out, changed);
          out.writeInt(removed.size());
          for (String path : removed) {
            out.writeUTF(path);
          }
        });
      }
    } catch (IOException e) {
      // The next build reads the articles again.
    }
  }
}
