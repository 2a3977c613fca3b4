package dev.broadsheet.model;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * An article's rendered body and what the build needs to know of it without the HTML: a hash of
 * the HTML (for deciding which pages changed), the ids of its anchors (for checking links to them)
 * and its search terms with their scores, in order of first use.
 *
 * <p>The HTML itself is kept only while memory allows and is otherwise made again from the
 * article's file when a page needs it ({@code reload}); both give the same bytes.
 */
public final class Body {
  /** The HTML in UTF-8 (half the memory of a Java string for text beyond Latin-1), or null. */
  private final byte[] html;
  private final Supplier<String> reload;
  private final String hash;
  /** The anchor ids, each followed by a newline: one string rather than one an anchor. */
  private final String anchors;
  /** The search terms, or null when they are numbered in {@link #dictionary}. */
  private final String[] terms;
  /** The numbers of the search terms in {@code dictionary}, or null when they are in terms. */
  private final int[] termIds;
  private final String[] dictionary;
  private final byte[] scores;

  public Body(String html, Supplier<String> reload, String hash, List<String> anchors,
      String[] terms, byte[] scores) {
    this(html == null ? null : html.getBytes(StandardCharsets.UTF_8), reload, hash,
        lines(anchors), terms, null, null, scores);
  }

  /** Each of {@code ids} followed by a newline. */
  private static String lines(List<String> ids) {
    if (ids.isEmpty()) {
      return "";
    }
    StringBuilder lines = new StringBuilder();
    for (String id : ids) {
      lines.append(id).append('\n');
    }
    return lines.toString();
  }

  private Body(byte[] html, Supplier<String> reload, String hash, String anchors,
      String[] terms, int[] termIds, String[] dictionary, byte[] scores) {
    this.html = html;
    this.reload = reload;
    this.hash = hash;
    this.anchors = anchors;
    this.terms = terms;
    this.termIds = termIds;
    this.dictionary = dictionary;
    this.scores = scores;
  }

  /** A body held in memory only, for tests and tools. */
  public static Body of(String html) {
    return new Body(html, null, Integer.toHexString(html.hashCode()), List.of(), new String[0],
        new byte[0]);
  }

  /** This body with all else the same (the HTML, and how it is made again). */
  private Body with(byte[] html, Supplier<String> reload) {
    return new Body(html, reload, hash, anchors, terms, termIds, dictionary, scores);
  }

  /** The HTML, made again from the article's file when it was not kept. */
  public String html() {
    if (html != null) {
      return new String(html, StandardCharsets.UTF_8);
    }
    if (reload == null) {
      throw new IllegalStateException("the body was neither kept nor can be made again");
    }
    return reload.get();
  }

  /** This body with the HTML dropped from memory, to be made again by {@code reload}. */
  public Body withoutHtml(Supplier<String> reload) {
    return with(null, reload);
  }

  /**
   * This body with search terms {@code terms} and their {@code scores}: a cache stores them
   * apart, since articles share their terms.
   */
  public Body withTerms(String[] terms, byte[] scores) {
    return new Body(html, reload, hash, anchors, terms, null, null, scores);
  }

  /**
   * This body with search terms given by their numbers {@code termIds} in {@code dictionary},
   * which many bodies share (a cache's), and their {@code scores}: the search index then counts
   * them by number.
   */
  public Body withTerms(int[] termIds, String[] dictionary, byte[] scores) {
    return new Body(html, reload, hash, anchors, null, termIds, dictionary, scores);
  }

  /** This body holding {@code html} in memory. */
  public Body withHtml(String html) {
    return withHtml(html.getBytes(StandardCharsets.UTF_8));
  }

  /** This body holding the HTML whose UTF-8 bytes are {@code utf8} in memory. */
  public Body withHtml(byte[] utf8) {
    return with(utf8, reload);
  }

  /** A hash of the HTML: equal hashes, equal bodies. */
  public String hash() {
    return hash;
  }

  public boolean hasAnchor(String id) {
    if (id.indexOf('\n') >= 0) {
      return false;
    }
    String line = id + "\n";
    return anchors.startsWith(line) || anchors.contains("\n" + line);
  }

  public List<String> anchors() {
    return anchors.isEmpty() ? List.of() : List.of(anchors.split("\n"));
  }

  /** The distinct search terms of the body. */
  public String[] terms() {
    if (terms != null) {
      return terms;
    }
    String[] out = new String[termIds.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = dictionary[termIds[i]];
    }
    return out;
  }

  /** The numbers of {@link #terms()} in {@link #dictionary()}, or null when not numbered. */
  public int[] termIds() {
    return termIds;
  }

  /** The terms that {@link #termIds()} number, or null. */
  public String[] dictionary() {
    return dictionary;
  }

  /** The score of each of {@link #terms()}, at the same index. */
  public byte[] scores() {
    return scores;
  }

  /** The article's file changed while the build ran, so its body cannot be made again. */
  public static final class ChangedException extends RuntimeException {
    private final String source;

    public ChangedException(String source) {
      super(source + " changed while the site was being built; build again");
      this.source = source;
    }

    /** The article's file, relative to the site. */
    public String source() {
      return source;
    }
  }
}
