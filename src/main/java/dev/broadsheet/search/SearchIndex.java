package dev.broadsheet.search;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Site;
import dev.broadsheet.model.Story;
import dev.broadsheet.syndication.GeneratedFile;
import dev.broadsheet.util.Ideographs;
import dev.broadsheet.util.Json;
import dev.broadsheet.util.OrderedMaps;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Writes the search index under {@code search/}: one file of terms per two-letter prefix
 * ({@code search/t/<hex of the prefix>.json}), each term with the ids and scores of the articles
 * it is found in, and the articles themselves in small files ({@code search/d/<n>.json},
 * {@link #DOCS_PER_FILE} each). A query downloads only the prefix files of its words and the
 * article files of the results it shows.
 *
 * <p>Terms are folded as the page's script folds a query: accents dropped, lower case. A match in
 * the headline scores far above one in tags or bylines, which score above the dek, which scores
 * above the body, so headline matches come first. Each term keeps its {@link #MAX_POSTINGS} best
 * articles (best score, then newest).
 */
public final class SearchIndex {
  public static final int DOCS_PER_FILE = 25;
  public static final int MAX_POSTINGS = 400;
  static final int TITLE = 100;
  static final int TAG = 20;
  static final int AUTHOR = 20;
  static final int DEK = 10;
  static final int LOCATION = 5;
  static final int BODY_MAX = 5;

  private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> STOP = Set.of("the", "and", "of", "to", "in", "on", "at", "for",
      "by", "with", "from", "as", "is", "was", "are", "were", "be", "it", "its", "that", "this",
      "an", "or", "but", "not", "has", "have", "had", "he", "she", "they", "we", "you", "his",
      "her", "their", "our", "will", "would", "there", "which", "who", "than", "then");

  private SearchIndex() {}

  /**
   * The folded terms of {@code text}, in order: accents dropped, lower case, two letters or more.
   * Runs of plain ASCII letters and digits, nearly all of a news text, are only lower-cased; any
   * other run is folded whole by {@link #fold}, so both give what folding the whole text would.
   */
  public static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    words(text, new Words() {
      @Override
      public void ascii(char[] text, int start, int end, int hash) {
        addTerm(out, new String(text, start, end - start).toLowerCase(Locale.ROOT));
      }

      @Override
      public void folded(String word) {
        addTerm(out, word);
      }
    });
    return out;
  }

  /**
   * What {@link #words} finds: a word of plain ASCII, not yet lower-cased, with the hash of its
   * lower case ({@link String#hashCode}'s), or a folded word.
   */
  private interface Words {
    void ascii(char[] text, int start, int end, int hash);

    void folded(String word);
  }

  /**
   * Hands {@code words} each run of letters and digits of {@code text}: a run of plain ASCII as
   * it stands, any other folded whole by {@link #fold} and split again.
   */
  private static void words(String string, Words words) {
    // An array of chars, read without the checks a string's characters cost one by one.
    char[] text = string.toCharArray();
    int n = text.length;
    int i = 0;
    while (i < n) {
      char c = text[i];
      if (c < 128) {
        // Nearly all of a news text: ASCII told by a table, each word hashed as it is read.
        if (!ASCII_WORD[c]) {
          i++;
          continue;
        }
        int start = i;
        int hash = 0;
        while (i < n && (c = text[i]) < 128 && ASCII_WORD[c]) {
          hash = 31 * hash + Counts.lower(c);
          i++;
        }
        if (i == n || c < 128 || !isWordPart(Character.codePointAt(text, i))) {
          words.ascii(text, start, i, hash);
          continue;
        }
        // The word goes on past ASCII: it is read again below and folded whole.
        i = start;
      }
      int cp = Character.codePointAt(text, i);
      if (!isWordPart(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean ascii = true;
      while (i < n && isWordPart(cp = Character.codePointAt(text, i))) {
        ascii &= cp < 128;
        i += Character.charCount(cp);
      }
      if (ascii) {
        words.ascii(text, start, i, Counts.lowerHash(text, start, i));
      } else {
        for (String t : SPLIT.split(fold(new String(text, start, i - start)))) {
          if (Ideographs.any(t)) {
            pairs(t, words);
          } else {
            words.folded(t);
          }
        }
      }
    }
  }

  /**
   * Hands {@code words} the parts of folded word {@code t} that hold Chinese or Japanese: each
   * run of ideographs and kana as its overlapping pairs of characters ("北京举行" as 北京, 京举,
   * 举行), since the text has no spaces to tell its words by, and any other run whole. The search
   * page splits a query the same way and asks for every pair.
   */
  private static void pairs(String t, Words words) {
    int i = 0;
    int n = t.length();
    while (i < n) {
      int start = i;
      boolean ideographs = Ideographs.is(t.codePointAt(i));
      while (i < n && Ideographs.is(t.codePointAt(i)) == ideographs) {
        i += Character.charCount(t.codePointAt(i));
      }
      if (!ideographs) {
        words.folded(t.substring(start, i));
        continue;
      }
      int second = t.offsetByCodePoints(start, 1);
      if (second == i) {
        words.folded(t.substring(start, i)); // one alone: not a term, as one letter is not
        continue;
      }
      for (int first = start; second < i; ) {
        int end = t.offsetByCodePoints(second, 1);
        words.folded(t.substring(first, end));
        first = second;
        second = end;
      }
    }
  }

  /** The ASCII letters and digits. */
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_WORD[c] = isWordPart(c);
    }
  }

  /** Accents dropped, lower case: what the search page's script does to a query. */
  static String fold(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  /** A letter, a number or a combining mark (which folding drops, joining its neighbours). */
  private static boolean isWordPart(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
      default -> false;
    };
  }

  private static void addTerm(List<String> out, String t) {
    if (t.codePointCount(0, t.length()) >= 2 && !STOP.contains(t)) {
      out.add(t);
    }
  }

  /**
   * The file a term's prefix lives in: the hex of the UTF-8 bytes of its first two characters, or
   * of its first alone when that is a Chinese or Japanese character (pairs of them are terms, and
   * a file for each pair would make tens of thousands of files).
   */
  public static String shard(String term) {
    int end = Ideographs.is(term.codePointAt(0)) ? Character.charCount(term.codePointAt(0))
        : term.offsetByCodePoints(0, Math.min(2, term.codePointCount(0, term.length())));
    return HexFormat.of().formatHex(term.substring(0, end).getBytes(StandardCharsets.UTF_8));
  }

  /** What the index is told of each published article of {@code site}, newest first. */
  public static List<SearchDoc> docs(Site site) {
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(site.config().locale());
    List<SearchDoc> docs = new ArrayList<>(site.stories().size());
    // Formatting a date in the site's language takes microseconds, and stories share days.
    Map<java.time.LocalDate, String> days = new HashMap<>();
    for (Story s : site.stories()) {
      Article a = s.article();
      List<String> authors = new ArrayList<>(s.authorIds().size());
      for (String id : s.authorIds()) {
        authors.add(site.authors().get(id).name());
      }
      docs.add(new SearchDoc(a.title(), a.dek(), List.copyOf(authors), a.tags(),
          a.location(), site.section(a.section()).title(),
          days.computeIfAbsent(a.date().toLocalDate(), d -> a.date().format(date)),
          site.config().basePath() + s.path(),
          a.body().termIds() == null ? a.body().terms() : null, a.body().scores(),
          a.body().termIds(), a.body().dictionary()));
    }
    return docs;
  }

  /** The index files for {@code docs}, whose ids are their positions (newest first). */
  public static List<GeneratedFile> files(List<SearchDoc> docs) {
    // Each posting is packed in an int, the score descending in the high bits and the id
    // ascending in the low ones, so the smallest ints are a term's best articles. Articles are
    // scored in parallel a batch at a time, and each term keeps only its best postings, so the
    // memory taken stays small however many articles the site has.
    // Terms are counted by number: those of the article cache's dictionary keep the numbers the
    // articles read from it carry, and every other term gets the next free one, so the postings
    // are found by index rather than by looking each term up. The numbers are split between as
    // many threads as there are cores, each filling its own from every article of a batch, so no
    // two threads touch one term's postings.
    int parts = Runtime.getRuntime().availableProcessors();
    TermNumbers numbers = new TermNumbers(dictionaryOf(docs));
    Best[] postings = new Best[0];
    Map<String, List<String>> names = new java.util.concurrent.ConcurrentHashMap<>();
    for (int from = 0; from < docs.size(); from += BATCH) {
      int start = from;
      List<Numbered> batch = IntStream.range(from, Math.min(docs.size(), from + BATCH))
          .parallel().mapToObj(id -> numbered(docs.get(id), names, numbers)).toList();
      postings = java.util.Arrays.copyOf(postings, numbers.size());
      Best[] byNumber = postings;
      IntStream.range(0, parts).parallel().forEach(k -> {
        // Which article last had each term in its front matter: the body adds only terms not
        // already there, as every weight of the front matter is at least BODY_MAX.
        int[] inFront = new int[byNumber.length];
        for (int i = 0; i < batch.size(); i++) {
          int id = start + i;
          Numbered d = batch.get(i);
          for (int f = 0; f < d.front().length; f++) {
            int term = d.front()[f];
            inFront[term] = id + 1;
            if (term % parts == k) {
              add(byNumber, term, ((MAX_SCORE - d.frontScores()[f]) << ID_BITS) | id);
            }
          }
          for (int t = 0; t < d.body().length; t++) {
            int term = d.body()[t];
            if (term % parts == k && inFront[term] != id + 1) {
              add(byNumber, term, ((MAX_SCORE - d.bodyScores()[t]) << ID_BITS) | id);
            }
          }
        }
      });
    }
    Map<String, Map<String, int[]>> shards = new TreeMap<>();
    for (int term = 0; term < postings.length; term++) {
      if (postings[term] == null) {
        continue;
      }
      int[] list = postings[term].sorted();
      int[] flat = new int[2 * list.length];
      for (int i = 0; i < list.length; i++) {
        flat[2 * i] = list[i] & ((1 << ID_BITS) - 1);
        flat[2 * i + 1] = MAX_SCORE - (list[i] >>> ID_BITS);
      }
      String word = numbers.term(term);
      shards.computeIfAbsent(shard(word), k -> new TreeMap<>()).put(word, flat);
    }
    List<GeneratedFile> files = new ArrayList<>();
    shards.forEach((key, terms) -> files.add(new GeneratedFile("search/t/" + key + ".json",
        "site.yaml", () -> compact(OrderedMaps.of("t", terms)), List.of(terms))));
    for (int from = 0; from < docs.size(); from += DOCS_PER_FILE) {
      List<SearchDoc> part = docs.subList(from, Math.min(docs.size(), from + DOCS_PER_FILE));
      int n = from / DOCS_PER_FILE;
      List<String> shown = new ArrayList<>();
      part.forEach(d -> shown.addAll(java.util.Arrays.asList(d.title(), d.url(), d.section(),
          d.date(), d.dek())));
      files.add(new GeneratedFile("search/d/" + n + ".json", "site.yaml", () -> {
        List<Object> out = new ArrayList<>();
        for (SearchDoc d : part) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("t", d.title());
          m.put("u", d.url());
          m.put("s", d.section());
          m.put("d", d.date());
          if (d.dek() != null) {
            m.put("k", d.dek());
          }
          out.add(m);
        }
        return compact(out);
      }, shown));
    }
    files.add(new GeneratedFile("search/meta.json", "site.yaml", () -> compact(
        OrderedMaps.of("version", 1, "articles", docs.size(), "docsPerFile", DOCS_PER_FILE,
            "maxPostings", MAX_POSTINGS)),
        List.of(docs.size())));
    return files;
  }

  private static void add(Best[] postings, int term, int posting) {
    if (postings[term] == null) {
      postings[term] = new Best();
    }
    postings[term].add(posting);
  }

  /** An article's terms by number: those of its front matter with their scores, and its body's. */
  private record Numbered(int[] front, int[] frontScores, int[] body, byte[] bodyScores) {}

  private static Numbered numbered(SearchDoc d, Map<String, List<String>> names,
      TermNumbers numbers) {
    Map<String, Integer> scores = frontScores(d, names);
    int[] front = new int[scores.size()];
    int[] frontScores = new int[scores.size()];
    int f = 0;
    for (Map.Entry<String, Integer> e : scores.entrySet()) {
      front[f] = numbers.of(e.getKey());
      frontScores[f++] = e.getValue();
    }
    int[] body;
    if (d.bodyIds() != null && d.dictionary() == numbers.dictionary()) {
      body = d.bodyIds();
    } else {
      // Numbered in another dictionary (changes saved apart from the whole cache), or words.
      body = new int[d.bodyScores().length];
      for (int t = 0; t < body.length; t++) {
        body[t] = numbers.of(d.bodyIds() != null ? d.dictionary()[d.bodyIds()[t]]
            : d.bodyTerms()[t]);
      }
    }
    return new Numbered(front, frontScores, body, d.bodyScores());
  }

  /** The dictionary most of {@code docs} number their terms in (the first found), or none. */
  private static String[] dictionaryOf(List<SearchDoc> docs) {
    for (SearchDoc d : docs) {
      if (d.dictionary() != null) {
        return d.dictionary();
      }
    }
    return new String[0];
  }

  /**
   * Numbers for terms: those of a dictionary keep their places in it, the rest are numbered after
   * it as they are first asked for. Safe to ask from many threads.
   */
  private static final class TermNumbers {
    private final String[] dictionary;
    private final Map<String, Integer> inDictionary;
    private final Map<String, Integer> others = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> added = new ArrayList<>();

    TermNumbers(String[] dictionary) {
      this.dictionary = dictionary;
      this.inDictionary = new HashMap<>(dictionary.length * 2);
      for (int i = 0; i < dictionary.length; i++) {
        inDictionary.putIfAbsent(dictionary[i], i);
      }
    }

    String[] dictionary() {
      return dictionary;
    }

    int of(String term) {
      Integer n = inDictionary.get(term);
      if (n == null) {
        n = others.get(term);
      }
      if (n == null) {
        synchronized (this) {
          n = others.get(term);
          if (n == null) {
            n = dictionary.length + added.size();
            added.add(term);
            others.put(term, n);
          }
        }
      }
      return n;
    }

    synchronized int size() {
      return dictionary.length + added.size();
    }

    synchronized String term(int n) {
      return n < dictionary.length ? dictionary[n] : added.get(n - dictionary.length);
    }
  }

  /** Articles scored at a time. */
  private static final int BATCH = 4096;

  /** The {@link #MAX_POSTINGS} smallest ints added: a heap with the largest kept at the top. */
  private static final class Best {
    private int[] heap = new int[4];
    private int size;

    void add(int v) {
      if (size < MAX_POSTINGS) {
        if (size == heap.length) {
          heap = java.util.Arrays.copyOf(heap, Math.min(MAX_POSTINGS, size * 2));
        }
        int i = size++;
        heap[i] = v;
        while (i > 0 && heap[(i - 1) / 2] < heap[i]) {
          swap(i, (i - 1) / 2);
          i = (i - 1) / 2;
        }
      } else if (v < heap[0]) {
        heap[0] = v;
        int i = 0;
        while (true) {
          int l = 2 * i + 1;
          int r = l + 1;
          int top = i;
          if (l < size && heap[l] > heap[top]) {
            top = l;
          }
          if (r < size && heap[r] > heap[top]) {
            top = r;
          }
          if (top == i) {
            break;
          }
          swap(i, top);
          i = top;
        }
      }
    }

    private void swap(int a, int b) {
      int t = heap[a];
      heap[a] = heap[b];
      heap[b] = t;
    }

    int[] sorted() {
      int[] out = java.util.Arrays.copyOf(heap, size);
      java.util.Arrays.sort(out);
      return out;
    }
  }

  /** Bits of a packed posting for the article's id; the rest hold its score. */
  private static final int ID_BITS = 24;
  /** No score is higher: a term's score is capped by the largest weight. */
  static final int MAX_SCORE = TITLE;

  /**
   * The search terms of an article body's words ({@link dev.broadsheet.util.HtmlText}) and the
   * score of each (one a use, at most {@link #BODY_MAX}), in order of first use; {@code intern}
   * lets articles share their strings.
   */
  public static Terms bodyTerms(String text, java.util.function.UnaryOperator<String> intern) {
    // As terms(text), counted as they are found: a word of plain ASCII already counted is
    // found in the table by its characters, without making a string of it again.
    Counts counts = new Counts();
    words(text, counts);
    return counts.terms(intern);
  }

  /**
   * Body terms and their scores in order of first use, in an open-addressing table keyed by the
   * lower-case term; words that are no terms (too short, or stop words) are kept too, so that
   * each is judged once.
   */
  private static final class Counts implements Words {
    private static final int NOT_A_TERM = -1;
    private String[] keys = new String[512];
    private int[] hashes = new int[512];
    private int[] scores = new int[512];
    private int[] order = new int[256];
    private int size;
    private int terms;

    /** The hash of the lower case of {@code text[start, end)}, as {@link #ascii} is given it. */
    static int lowerHash(char[] text, int start, int end) {
      int h = 0;
      for (int k = start; k < end; k++) {
        h = 31 * h + lower(text[k]);
      }
      return h;
    }

    /** Counts the ASCII word {@code text[start, end)}, in lower case, whose hash is {@code h}. */
    @Override
    public void ascii(char[] text, int start, int end, int h) {
      int mask = keys.length - 1;
      for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
        String key = keys[slot];
        if (key == null) {
          insert(slot, h, new String(text, start, end - start).toLowerCase(Locale.ROOT));
          return;
        }
        if (hashes[slot] == h && key.length() == end - start && sameLower(key, text, start)) {
          count(slot);
          return;
        }
      }
    }

    /** Counts {@code t}, already folded. */
    @Override
    public void folded(String t) {
      if (t.isEmpty()) {
        return;
      }
      int h = t.hashCode();
      int mask = keys.length - 1;
      for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
        String key = keys[slot];
        if (key == null) {
          insert(slot, h, t);
          return;
        }
        if (hashes[slot] == h && key.equals(t)) {
          count(slot);
          return;
        }
      }
    }

    private void count(int slot) {
      if (scores[slot] != NOT_A_TERM) {
        scores[slot] = Math.min(BODY_MAX, scores[slot] + 1);
      }
    }

    private void insert(int slot, int h, String t) {
      keys[slot] = t;
      hashes[slot] = h;
      boolean term = t.codePointCount(0, t.length()) >= 2 && !STOP.contains(t);
      scores[slot] = term ? 1 : NOT_A_TERM;
      if (term) {
        if (terms == order.length) {
          order = java.util.Arrays.copyOf(order, terms * 2);
        }
        order[terms++] = slot;
      }
      if (++size * 2 > keys.length) {
        grow();
      }
    }

    private void grow() {
      String[] oldKeys = keys;
      int[] oldHashes = hashes;
      int[] oldScores = scores;
      int[] moved = new int[oldKeys.length];
      keys = new String[oldKeys.length * 2];
      hashes = new int[keys.length];
      scores = new int[keys.length];
      int mask = keys.length - 1;
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldKeys[s] != null) {
          int slot = mix(oldHashes[s]) & mask;
          while (keys[slot] != null) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[s];
          hashes[slot] = oldHashes[s];
          scores[slot] = oldScores[s];
          moved[s] = slot;
        }
      }
      for (int k = 0; k < terms; k++) {
        order[k] = moved[order[k]];
      }
    }

    Terms terms(java.util.function.UnaryOperator<String> intern) {
      String[] out = new String[terms];
      byte[] bytes = new byte[terms];
      for (int k = 0; k < terms; k++) {
        out[k] = intern.apply(keys[order[k]]);
        bytes[k] = (byte) scores[order[k]];
      }
      return new Terms(out, bytes);
    }

    private static int mix(int h) {
      return h ^ (h >>> 16) ^ (h >>> 7);
    }

    private static char lower(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static boolean sameLower(String key, char[] text, int start) {
      for (int k = 0; k < key.length(); k++) {
        if (key.charAt(k) != lower(text[start + k])) {
          return false;
        }
      }
      return true;
    }
  }

  /** Terms and their scores, at the same indexes. */
  public record Terms(String[] terms, byte[] scores) {}

  /**
   * The scores of the terms of what an article says of itself: headline, tags, bylines, dek.
   * {@code names}: the terms of tag and author names, which many articles share, by name.
   */
  private static Map<String, Integer> frontScores(SearchDoc d, Map<String, List<String>> names) {
    Map<String, Integer> scores = new HashMap<>();
    addAll(scores, terms(d.title()), TITLE, TITLE);
    d.tags().forEach(t -> addAll(scores, names.computeIfAbsent(t, SearchIndex::terms), TAG, TAG));
    d.authors().forEach(a -> addAll(scores, names.computeIfAbsent(a, SearchIndex::terms), AUTHOR,
        AUTHOR));
    if (d.dek() != null) {
      addAll(scores, terms(d.dek()), DEK, DEK);
    }
    if (d.location() != null) {
      addAll(scores, terms(d.location()), LOCATION, LOCATION);
    }
    return scores;
  }

  private static void addAll(Map<String, Integer> scores, List<String> terms, int weight, int cap) {
    for (String t : terms) {
      scores.merge(t, weight, (a, b) -> Math.min(Math.max(a, cap), a + b));
    }
  }

  private static byte[] compact(Object value) {
    return Json.compact(value).getBytes(StandardCharsets.UTF_8);
  }
}
