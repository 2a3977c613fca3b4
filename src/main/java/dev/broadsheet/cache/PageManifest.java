package dev.broadsheet.cache;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import dev.broadsheet.util.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every file of the last build's output with the fingerprint of what made it and a hash of its
 * bytes, so that the next build renders only the pages whose fingerprint changed and writes only
 * the files whose bytes changed. It belongs to one output folder and is trusted only while the
 * folder's marker names the same build ({@link #id}).
 */
public final class PageManifest {
  private static final String FORMAT = "broadsheet-pages-5";

  /**
   * What made a file ({@code fingerprint}) and what it holds ({@code content}), both hashes, its
   * size in bytes, and for a page the places in the site's list of the stories it shows, in
   * order (null when not known).
   */
  public record Entry(String fingerprint, String content, long size, int[] stories) {
    public Entry(String fingerprint, String content, long size) {
      this(fingerprint, content, size, null);
    }
  }

  /**
   * The shape of a build's site and the fingerprints of its stories, by place (see
   * {@code dev.broadsheet.render.Fingerprints#shape}); null when not known.
   */
  public record Shape(String hash, String[] stories) {}

  /**
   * A build's related stories: for each story by place, the places of its related stories,
   * under the key of what they were computed from (see {@code dev.broadsheet.model.RelatedMemo}).
   */
  public record Related(String key, int[][] places) {}

  private final Path file;
  private final String id;
  private final Map<String, Entry> previous;
  private final Shape previousShape;
  private final Related previousRelated;
  private final Map<String, Entry> next = new ConcurrentHashMap<>();
  private volatile Shape nextShape;
  private volatile Related nextRelated;

  private PageManifest(Path file, String id, Map<String, Entry> previous, Shape previousShape,
      Related previousRelated) {
    this.file = file;
    this.id = id;
    this.previous = previous;
    this.previousShape = previousShape;
    this.previousRelated = previousRelated;
  }

  /**
   * The manifest in {@code file} if it describes the output whose marker names build
   * {@code outputId}; else an empty one ({@link #usable()} false).
   */
  public static PageManifest load(Path file, String outputId) {
    if (outputId != null && Files.isRegularFile(file)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(
          Files.newInputStream(file), 1 << 16))) {
        if (FORMAT.equals(in.readUTF()) && outputId.equals(in.readUTF())) {
          Shape shape = null;
          if (in.readBoolean()) {
            String hash = in.readUTF();
            String[] stories = new String[ParsedCodec.count(in)];
            for (int i = 0; i < stories.length; i++) {
              stories[i] = in.readUTF();
            }
            shape = new Shape(hash, stories);
          }
          Related related = null;
          if (in.readBoolean()) {
            String key = in.readUTF();
            int[][] places = new int[ParsedCodec.count(in)][];
            for (int i = 0; i < places.length; i++) {
              places[i] = new int[in.readUnsignedByte()];
            }
            int[] all = Varints.read(in);
            int at = 0;
            for (int[] story : places) {
              System.arraycopy(all, at, story, 0, story.length);
              at += story.length;
            }
            related = new Related(key, places);
          }
          int n = ParsedCodec.count(in);
          Map<String, Entry> entries = new java.util.HashMap<>(n * 2);
          for (int i = 0; i < n; i++) {
            entries.put(in.readUTF(), new Entry(in.readUTF(), in.readUTF(), in.readLong(),
                places(in)));
          }
          return new PageManifest(file, outputId, entries, shape, related);
        }
      } catch (IOException | RuntimeException e) {
        // Damaged: the next build writes the whole output.
      }
    }
    return new PageManifest(file, null, Map.of(), null, null);
  }

  /**
   * A manifest for the next build in this process of an output this build published as
   * {@code newId}, without writing or reading a file (the dev server).
   */
  public PageManifest carryOver(String newId) {
    return new PageManifest(file, newId, new ConcurrentHashMap<>(next), nextShape, nextRelated);
  }

  /**
   * Notes that {@code path} of the output now holds {@code entry}'s bytes, written between two
   * builds of a manifest {@link #carryOver carried over} (the dev server's quick look at an edit).
   */
  public void rewrote(String path, Entry entry) {
    previous.put(path, entry);
  }

  /** The build this manifest's previous output was, or null. */
  public String id() {
    return id;
  }

  /** Whether the last build's output is known, so this build may update it in place. */
  public boolean usable() {
    return id != null;
  }

  /** The shape of the last build's site, or null. */
  public Shape previousShape() {
    return previousShape;
  }

  /** Records the shape of this build's site. */
  public void shape(Shape shape) {
    nextShape = shape;
  }

  /** The related stories of the last build's site, or null. */
  public Related previousRelated() {
    return previousRelated;
  }

  /** Records the related stories of this build's site. */
  public void related(Related related) {
    nextRelated = related;
  }

  /** What the last build wrote at {@code path}, or null. */
  public Entry previous(String path) {
    return previous.get(path);
  }

  /** Records what this build has at {@code path}. */
  public void record(String path, Entry entry) {
    next.put(path, entry);
    sorted = null;
  }

  /** The paths this build has, in order; kept until another is recorded. */
  private volatile List<String> sorted;

  private List<String> sorted() {
    List<String> paths = sorted;
    if (paths == null) {
      paths = new ArrayList<>(next.keySet());
      Collections.sort(paths);
      sorted = paths;
    }
    return paths;
  }

  /** The files this build has: the last build's that are no longer made are stale. */
  public Set<String> stale() {
    Set<String> stale = new java.util.TreeSet<>();
    for (String path : previous.keySet()) {
      if (!next.containsKey(path)) {
        stale.add(path);
      }
    }
    return stale;
  }

  /** A name for this build's output, the same for the same files. */
  public String digest() {
    dev.broadsheet.util.FastHash h = new dev.broadsheet.util.FastHash();
    for (String path : sorted()) {
      h.add(path).add(next.get(path).content());
    }
    return h.hex();
  }

  /** Forgets the last build's output, before it is changed in place. */
  public void invalidate() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Saves this build's files as belonging to the output whose marker names build {@code newId}. */
  public void save(String newId) {
    try {
      Folders.writeAtomically(file, out -> {
        out.writeUTF(FORMAT);
        out.writeUTF(newId);
        Shape shape = nextShape;
        out.writeBoolean(shape != null);
        if (shape != null) {
          out.writeUTF(shape.hash());
          out.writeInt(shape.stories().length);
          for (String story : shape.stories()) {
            out.writeUTF(story);
          }
        }
        Related related = nextRelated;
        out.writeBoolean(related != null);
        if (related != null) {
          out.writeUTF(related.key());
          out.writeInt(related.places().length);
          int total = 0;
          for (int[] story : related.places()) {
            out.writeByte(story.length);
            total += story.length;
          }
          int[] all = new int[total];
          int at = 0;
          for (int[] story : related.places()) {
            System.arraycopy(story, 0, all, at, story.length);
            at += story.length;
          }
          Varints.write(out, all);
        }
        List<String> paths = sorted();
        out.writeInt(paths.size());
        for (String path : paths) {
          Entry e = next.get(path);
          out.writeUTF(path);
          out.writeUTF(e.fingerprint());
          out.writeUTF(e.content());
          out.writeLong(e.size());
          places(out, e.stories());
        }
      });
    } catch (IOException e) {
      // The next build writes the whole output.
    }
  }

  /** Places in increasing order, as their count (-1: null) and the gaps between them. */
  private static void places(java.io.DataOutput out, int[] places) throws IOException {
    if (places == null) {
      out.writeInt(-1);
      return;
    }
    int[] gaps = new int[places.length];
    for (int i = 0; i < places.length; i++) {
      gaps[i] = i == 0 ? places[0] : places[i] - places[i - 1];
    }
    Varints.write(out, gaps);
  }

  private static int[] places(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    int[] places = Varints.read(in, n);
    for (int i = 1; i < n; i++) {
      places[i] += places[i - 1];
    }
    return places;
  }

}
