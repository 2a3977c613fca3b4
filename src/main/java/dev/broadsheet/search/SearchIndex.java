package dev.broadsheet.search;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Site;
import dev.broadsheet.model.Story;
import dev.broadsheet.syndication.GeneratedFile;
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
  private static final Pattern TAGS = Pattern.compile("<[^>]*>");
  private static final Set<String> STOP = Set.of("the", "and", "of", "to", "in", "on", "at", "for",
      "by", "with", "from", "as", "is", "was", "are", "were", "be", "it", "its", "that", "this",
      "an", "or", "but", "not", "has", "have", "had", "he", "she", "they", "we", "you", "his",
      "her", "their", "our", "will", "would", "there", "which", "who", "than", "then");

  private SearchIndex() {}

  /** The folded terms of {@code text}, in order: accents dropped, lower case, two letters or more. */
  public static List<String> terms(String text) {
    String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String t : SPLIT.split(folded)) {
      if (t.codePointCount(0, t.length()) >= 2 && !STOP.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The file a term's prefix lives in: the hex of the UTF-8 bytes of its first two characters. */
  public static String shard(String term) {
    int end = term.offsetByCodePoints(0, Math.min(2, term.codePointCount(0, term.length())));
    return HexFormat.of().formatHex(term.substring(0, end).getBytes(StandardCharsets.UTF_8));
  }

  /** What the index is told of each published article of {@code site}, newest first. */
  public static List<SearchDoc> docs(Site site) {
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(site.config().locale());
    List<SearchDoc> docs = new ArrayList<>(site.stories().size());
    for (Story s : site.stories()) {
      Article a = s.article();
      docs.add(new SearchDoc(a.title(), a.dek(),
          s.authorIds().stream().map(id -> site.authors().get(id).name()).toList(), a.tags(),
          a.location(), site.section(a.section()).title(), a.date().format(date),
          site.config().basePath() + s.path(), a.bodyHtml()));
    }
    return docs;
  }

  /** The index files for {@code docs}, whose ids are their positions (newest first). */
  public static List<GeneratedFile> files(List<SearchDoc> docs) {
    // Scoring each article is the costly part (folding and splitting its text); it runs in
    // parallel, and the merge below goes in id order, so the result is the same every time.
    List<Map<String, Integer>> perDoc = IntStream.range(0, docs.size()).parallel()
        .mapToObj(id -> scores(docs.get(id))).toList();
    Map<String, Map<Integer, Integer>> postings = new HashMap<>();
    for (int id = 0; id < perDoc.size(); id++) {
      for (Map.Entry<String, Integer> e : perDoc.get(id).entrySet()) {
        postings.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(id, e.getValue());
      }
    }
    Map<String, Map<String, List<Integer>>> shards = new TreeMap<>();
    for (Map.Entry<String, Map<Integer, Integer>> e : postings.entrySet()) {
      List<Map.Entry<Integer, Integer>> list = new ArrayList<>(e.getValue().entrySet());
      list.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed()
          .thenComparing(Map.Entry.comparingByKey()));
      List<Integer> flat = new ArrayList<>();
      for (Map.Entry<Integer, Integer> p : list.subList(0, Math.min(MAX_POSTINGS, list.size()))) {
        flat.add(p.getKey());
        flat.add(p.getValue());
      }
      shards.computeIfAbsent(shard(e.getKey()), k -> new TreeMap<>()).put(e.getKey(), flat);
    }
    List<GeneratedFile> files = new ArrayList<>();
    shards.forEach((key, terms) -> files.add(new GeneratedFile("search/t/" + key + ".json",
        "site.yaml", () -> compact(OrderedMaps.of("t", terms)))));
    for (int from = 0; from < docs.size(); from += DOCS_PER_FILE) {
      List<SearchDoc> part = docs.subList(from, Math.min(docs.size(), from + DOCS_PER_FILE));
      int n = from / DOCS_PER_FILE;
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
      }));
    }
    files.add(new GeneratedFile("search/meta.json", "site.yaml", () -> compact(
        OrderedMaps.of("version", 1, "articles", docs.size(), "docsPerFile", DOCS_PER_FILE))));
    return files;
  }

  private static Map<String, Integer> scores(SearchDoc d) {
    Map<String, Integer> scores = new HashMap<>();
    addAll(scores, terms(d.title()), TITLE, TITLE);
    d.tags().forEach(t -> addAll(scores, terms(t), TAG, TAG));
    d.authors().forEach(a -> addAll(scores, terms(a), AUTHOR, AUTHOR));
    if (d.dek() != null) {
      addAll(scores, terms(d.dek()), DEK, DEK);
    }
    if (d.location() != null) {
      addAll(scores, terms(d.location()), LOCATION, LOCATION);
    }
    addAll(scores, terms(text(d.bodyHtml())), 1, BODY_MAX);
    return scores;
  }

  private static void addAll(Map<String, Integer> scores, List<String> terms, int weight, int cap) {
    for (String t : terms) {
      scores.merge(t, weight, (a, b) -> Math.min(Math.max(a, cap), a + b));
    }
  }

  /** The words of an HTML fragment: tags dropped, the common entities decoded. */
  static String text(String html) {
    return TAGS.matcher(html).replaceAll(" ").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  private static byte[] compact(Object value) {
    return Json.compact(value).getBytes(StandardCharsets.UTF_8);
  }
}
