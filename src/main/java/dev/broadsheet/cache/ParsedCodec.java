package dev.broadsheet.cache;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleLink;
import dev.broadsheet.model.Body;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.ImageInfo;
import dev.broadsheet.model.LiveUpdate;
import dev.broadsheet.parse.Parsed;
import dev.broadsheet.problem.Problem;
import dev.broadsheet.problem.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads what reading an article gave ({@link Parsed}) field by field: several times
 * quicker to read back than Java serialization, which matters when ten thousand articles are read
 * back at the start of every build. The body's HTML is not written (it is made again from the
 * file when needed) and its search terms are written apart by {@link ParseCache}.
 */
final class ParsedCodec {
  /** Only Broadsheet's own records and the JDK's values may be read back in extra keys. */
  private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
      "maxdepth=64;java.lang.*;java.util.*;java.time.*;java.math.*;!*");

  private ParsedCodec() {}

  static void write(DataOutputStream out, Parsed p) throws IOException {
    list(out, p.problems(), (o, x) -> {
      string(o, x.file());
      o.writeInt(x.line());
      o.writeInt(x.column());
      o.writeBoolean(x.isError());
      string(o, x.message());
    });
    list(out, p.keys(), (o, k) -> {
      string(o, k.key());
      o.writeInt(k.line());
      o.writeInt(k.column());
    });
    list(out, p.images(), (o, d) -> {
      string(o, d.path());
      string(o, d.found());
      o.writeLong(d.size());
      o.writeLong(d.modified());
    });
    Article a = p.article();
    out.writeBoolean(a != null);
    if (a != null) {
      article(out, a);
    }
  }

  /**
   * Reads what {@link #write} wrote of a file whose bytes hash to {@code sourceHash}; names that
   * articles share (sections, tags, bylines, places, credits) come from {@code names}.
   */
  static Parsed read(DataInputStream in, String sourceHash, Map<String, String> names)
      throws IOException {
    List<Problem> problems = list(in, i -> new Problem(string(i), i.readInt(), i.readInt(),
        i.readBoolean() ? Severity.ERROR : Severity.WARNING, string(i)));
    List<Parsed.KeyUse> keys = list(in, i -> new Parsed.KeyUse(name(i, names), i.readInt(),
        i.readInt()));
    List<Parsed.ImageDependency> images = list(in, i -> new Parsed.ImageDependency(string(i),
        string(i), i.readLong(), i.readLong()));
    Article a = in.readBoolean() ? article(in, names) : null;
    return new Parsed(a, problems, keys, images, sourceHash);
  }

  private static void article(DataOutputStream out, Article a) throws IOException {
    string(out, a.source());
    string(out, a.title());
    string(out, a.dek());
    time(out, a.date());
    time(out, a.updated());
    time(out, a.embargo());
    list(out, a.authors(), ParsedCodec::string);
    string(out, a.credit());
    string(out, a.section());
    list(out, a.tags(), ParsedCodec::string);
    string(out, a.location());
    out.writeBoolean(a.image() != null);
    if (a.image() != null) {
      Image i = a.image();
      string(out, i.src());
      string(out, i.url());
      string(out, i.alt());
      string(out, i.caption());
      string(out, i.credit());
      out.writeBoolean(i.exists());
      out.writeBoolean(i.info() != null);
      if (i.info() != null) {
        string(out, i.info().path());
        out.writeInt(i.info().width());
        out.writeInt(i.info().height());
        list(out, i.info().variants(), ParsedCodec::variant);
        list(out, i.info().crops(), ParsedCodec::variant);
      }
    }
    string(out, a.summary());
    string(out, a.slug());
    out.writeBoolean(a.featured());
    out.writeBoolean(a.draft());
    list(out, a.corrections(), (o, c) -> {
      time(o, c.date());
      string(o, c.text());
    });
    out.writeBoolean(a.live());
    list(out, a.updates(), (o, u) -> {
      time(o, u.time());
      string(o, u.headline());
      string(o, u.anchor());
    });
    out.writeBoolean(a.breaking());
    string(out, a.body().hash());
    list(out, a.body().anchors(), ParsedCodec::string);
    out.writeInt(a.wordCount());
    list(out, a.links(), (o, l) -> {
      string(o, l.target());
      string(o, l.fragment());
      string(o, l.written());
      o.writeInt(l.line());
      o.writeInt(l.column());
    });
    list(out, new ArrayList<>(a.lines().entrySet()), (o, e) -> {
      string(o, e.getKey());
      o.writeInt(e.getValue());
    });
    if (a.extra().isEmpty()) {
      out.writeInt(0);
    } else {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
        o.writeObject(new java.util.LinkedHashMap<>(a.extra()));
      }
      out.writeInt(bytes.size());
      bytes.writeTo(out);
    }
  }

  private static Article article(DataInputStream in, Map<String, String> names)
      throws IOException {
    Reader<String> name = i -> name(i, names);
    String source = string(in);
    String title = string(in);
    String dek = string(in);
    ZonedDateTime date = time(in);
    ZonedDateTime updated = time(in);
    ZonedDateTime embargo = time(in);
    List<String> authors = list(in, name);
    String credit = name.read(in);
    String section = name.read(in);
    List<String> tags = list(in, name);
    String location = name.read(in);
    Image image = null;
    if (in.readBoolean()) {
      String src = string(in);
      String url = string(in);
      String alt = string(in);
      String caption = string(in);
      String imageCredit = string(in);
      boolean exists = in.readBoolean();
      ImageInfo info = null;
      if (in.readBoolean()) {
        info = new ImageInfo(string(in), in.readInt(), in.readInt(),
            list(in, ParsedCodec::variant), list(in, ParsedCodec::variant));
      }
      image = new Image(src, url, alt, caption, imageCredit, exists, info);
    }
    String summary = string(in);
    String slug = string(in);
    boolean featured = in.readBoolean();
    boolean draft = in.readBoolean();
    List<Correction> corrections = list(in, i -> new Correction(time(i), string(i)));
    boolean live = in.readBoolean();
    List<LiveUpdate> updates = list(in, i -> new LiveUpdate(time(i), string(i), string(i)));
    boolean breaking = in.readBoolean();
    String hash = string(in);
    List<String> anchors = list(in, ParsedCodec::string);
    int wordCount = in.readInt();
    List<ArticleLink> links = list(in, i -> new ArticleLink(string(i), string(i), string(i),
        i.readInt(), i.readInt()));
    Map<String, Integer> lines = new HashMap<>();
    int n = count(in);
    for (int k = 0; k < n; k++) {
      lines.put(name.read(in), in.readInt());
    }
    Map<String, Object> extra = Map.of();
    int size = in.readInt();
    if (size > 0) {
      try (ObjectInputStream o = new ObjectInputStream(new ByteArrayInputStream(in.readNBytes(size)))) {
        o.setObjectInputFilter(FILTER);
        @SuppressWarnings("unchecked")
        Map<String, Object> read = (Map<String, Object>) o.readObject();
        extra = Collections.unmodifiableMap(read);
      } catch (ClassNotFoundException | ClassCastException e) {
        throw new IOException("unreadable extra keys", e);
      }
    }
    return new Article(source, title, dek, date, updated, embargo, authors, credit, section, tags,
        location, image, summary, slug, featured, draft, corrections, live, updates, breaking,
        new Body(null, null, hash, anchors, new String[0], new byte[0]), wordCount, links,
        Map.copyOf(lines), extra);
  }

  private static void variant(DataOutputStream out, ImageInfo.Variant v) throws IOException {
    string(out, v.path());
    out.writeInt(v.width());
    out.writeInt(v.height());
  }

  private static ImageInfo.Variant variant(DataInputStream in) throws IOException {
    return new ImageInfo.Variant(string(in), in.readInt(), in.readInt());
  }

  private interface Writer<T> {
    void write(DataOutputStream out, T value) throws IOException;
  }

  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static <T> void list(DataOutputStream out, List<T> list, Writer<T> each) throws IOException {
    out.writeInt(list.size());
    for (T t : list) {
      each.write(out, t);
    }
  }

  private static <T> List<T> list(DataInputStream in, Reader<T> each) throws IOException {
    int n = count(in);
    List<T> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(each.read(in));
    }
    return List.copyOf(list);
  }

  /**
   * A count of things that follow in {@code in}, each at least a byte long: a damaged one, more
   * than the bytes left, is refused before a list or an array of that size is made. (Asking
   * for the bytes left costs two system calls, so small counts, harmless, are not checked.)
   */
  static int count(DataInputStream in) throws IOException {
    return checked(in.readInt(), in);
  }

  /** {@code n}, read from {@code in} as a count, if it can be one (see {@link #count}). */
  static int checked(int n, DataInputStream in) throws IOException {
    if (n < 0 || n > 4096 && n > in.available()) {
      throw new IOException("damaged cache: a count of " + n + " with " + in.available()
          + " bytes left");
    }
    return n;
  }

  static void string(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String string(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    if (n > SCRATCH_SIZE) {
      return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
    // Most strings are short: read through one buffer a thread, not an array each to copy.
    byte[] scratch = SCRATCH.get();
    in.readFully(scratch, 0, n);
    return new String(scratch, 0, n, StandardCharsets.UTF_8);
  }

  private static final int SCRATCH_SIZE = 4096;
  private static final ThreadLocal<byte[]> SCRATCH =
      ThreadLocal.withInitial(() -> new byte[SCRATCH_SIZE]);

  /**
   * A string that many articles share (a front-matter key, a section, a tag, a byline), as the
   * one copy of it in {@code names}.
   */
  private static String name(DataInputStream in, Map<String, String> names) throws IOException {
    String s = string(in);
    return s == null ? null : names.computeIfAbsent(s, k -> k);
  }

  private static void time(DataOutputStream out, ZonedDateTime t) throws IOException {
    out.writeBoolean(t != null);
    if (t != null) {
      out.writeLong(t.toEpochSecond());
      out.writeInt(t.getNano());
      string(out, t.getZone().getId());
    }
  }

  private static ZonedDateTime time(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    return ZonedDateTime.ofInstant(Instant.ofEpochSecond(in.readLong(), in.readInt()),
        ZONES.computeIfAbsent(string(in), ZoneId::of));
  }

  /** Time zones by id: a cache holds three times for each article, mostly in one zone. */
  private static final Map<String, ZoneId> ZONES = new java.util.concurrent.ConcurrentHashMap<>();
}
