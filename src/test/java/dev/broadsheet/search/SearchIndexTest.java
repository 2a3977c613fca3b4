package dev.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.syndication.GeneratedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Map<String, byte[]> build(List<SearchDoc> docs) {
    Map<String, byte[]> files = new HashMap<>();
    for (GeneratedFile f : SearchIndex.files(docs)) {
      files.put(f.path(), f.bytes().get());
    }
    return files;
  }

  private static SearchDoc doc(String title, String body) {
    return SearchDoc.of(title, null, List.of("Ann Lee"), List.of("Climate"), "Zürich", "World",
        "1 Jan 2024", "/world/" + title.hashCode() + "/", "<p>" + body + "</p>");
  }

  @Test
  void termsAreFoldedLikeTheScriptFoldsAQuery() {
    assertThat(SearchIndex.terms("Zürich's São-Paulo <b>GLACIER</b> a 2024"))
        .containsExactly("zurich", "sao", "paulo", "glacier", "2024");
    assertThat(SearchIndex.shard("glacier")).isEqualTo("676c");
    assertThat(SearchIndex.shard("zürich")).isEqualTo("7ac3bc");
  }

  @Test
  void headlineMatchesScoreAboveEverythingElse() throws Exception {
    Map<String, byte[]> files = build(List.of(
        doc("Markets rally", "glacier glacier glacier glacier glacier glacier glacier"),
        doc("Glacier melts", "Nothing else.")));
    JsonNode postings = JSON.readTree(files.get("search/t/676c.json")).get("t").get("glacier");
    assertThat(postings.get(0).asInt()).as("best first: the headline match").isEqualTo(1);
    assertThat(postings.get(1).asInt()).isEqualTo(SearchIndex.TITLE);
    assertThat(postings.get(3).asInt()).isEqualTo(SearchIndex.BODY_MAX);
    JsonNode zurich = JSON.readTree(files.get("search/t/7a75.json")).get("t").get("zurich");
    assertThat(zurich.size()).isEqualTo(4);
    JsonNode docs = JSON.readTree(files.get("search/d/0.json"));
    assertThat(docs.get(1).get("t").asText()).isEqualTo("Glacier melts");
    assertThat(docs.get(1).get("u").asText()).startsWith("/world/");
  }

  @Test
  void aQueryOnATenThousandArticleSiteDownloadsAtMost300Kilobytes() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder w = new StringBuilder();
      int length = 3 + random.nextInt(8);
      for (int c = 0; c < length; c++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      vocabulary.add(w.toString());
    }
    List<SearchDoc> docs = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 900; w++) {
        // Zipf-like: a few words are everywhere, most are rare.
        int rank = (int) Math.min(vocabulary.size() - 1, Math.floor(Math.pow(vocabulary.size(), random.nextDouble())) - 1);
        body.append(vocabulary.get(Math.max(0, rank))).append(' ');
      }
      docs.add(SearchDoc.of("Headline " + vocabulary.get(random.nextInt(2000)) + " "
          + vocabulary.get(random.nextInt(2000)), "A dek about " + vocabulary.get(random.nextInt(500)),
          List.of("Author " + (i % 40)), List.of("tag" + (i % 300)), null, "World", "1 Jan 2024",
          "/world/story-" + i + "/", body.toString()));
    }
    Map<String, byte[]> files = build(docs);
    int largestDocs = files.entrySet().stream().filter(e -> e.getKey().startsWith("search/d/"))
        .mapToInt(e -> e.getValue().length).max().orElse(0);
    for (String query : new String[] {vocabulary.get(0), vocabulary.get(1) + " " + vocabulary.get(2),
        vocabulary.get(3).substring(0, 2), "author 7", vocabulary.get(5) + " " + vocabulary.get(6) + " " + vocabulary.get(7)}) {
      long bytes = 0;
      for (String shard : SearchIndex.terms(query).stream().map(SearchIndex::shard).distinct().toList()) {
        byte[] file = files.get("search/t/" + shard + ".json");
        bytes += file == null ? 0 : file.length;
      }
      bytes += 10L * largestDocs;
      assertThat(bytes).as("bytes for '%s'", query).isLessThanOrEqualTo(300 * 1024);
    }
  }
  /** The numbers of the body terms of {@code d} in {@code dictionary}, which grows to hold them. */
  private static int[] numbers(SearchDoc d, List<String> dictionary) {
    int[] ids = new int[d.bodyTerms().length];
    for (int t = 0; t < ids.length; t++) {
      int id = dictionary.indexOf(d.bodyTerms()[t]);
      if (id < 0) {
        id = dictionary.size();
        dictionary.add(d.bodyTerms()[t]);
      }
      ids[t] = id;
    }
    return ids;
  }

  @Test
  void bodiesWithNumberedTermsGiveTheSameFilesAsBodiesWithWords() {
    List<SearchDoc> words = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(7);
    String[] vocabulary = {"glacier", "melt", "summit", "zürich", "climate", "vote", "rates",
        "bank", "ann", "lee", "world", "2024", "sea", "ice", "talks", "deal"};
    for (int i = 0; i < 60; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        body.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
      }
      words.add(doc("Story " + vocabulary[i % vocabulary.length] + " " + i, body.toString()));
    }
    // Most articles number their terms in one dictionary (in an order of its own, with words
    // no article has), every seventh in another, and one keeps its words, as after an edit.
    List<String> main = new ArrayList<>(List.of("unused", "melt", "zzz"));
    List<String> other = new ArrayList<>();
    List<int[]> ids = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      ids.add(i == 5 ? null : numbers(words.get(i), i % 7 == 0 ? other : main));
    }
    String[] mainDictionary = main.toArray(String[]::new);
    String[] otherDictionary = other.toArray(String[]::new);
    List<SearchDoc> mixed = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      SearchDoc d = words.get(i);
      mixed.add(ids.get(i) == null ? d : new SearchDoc(d.title(), d.dek(), d.authors(), d.tags(),
          d.location(), d.section(), d.date(), d.url(), null, d.bodyScores(), ids.get(i),
          i % 7 == 0 ? otherDictionary : mainDictionary));
    }

    Map<String, byte[]> expected = build(words);
    Map<String, byte[]> actual = build(mixed);
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
  }
}
