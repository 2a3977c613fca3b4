package dev.broadsheet.model;

import dev.broadsheet.util.FastHash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Related stories: each shared tag counts by its rarity (a tag on three stories says more than one
 * on three hundred), the same section adds a little, and closeness in time breaks near ties. For a
 * tag or section with many stories, only the {@link #WINDOW} stories on either side in time are
 * candidates, which keeps the work linear in the size of the site.
 */
final class Related {
  static final int COUNT = 4;
  static final int WINDOW = 60;
  private static final double SAME_SECTION = 0.75;
  private static final double DAY_SECONDS = 86_400.0;

  private Related() {}

  /**
   * Each story's related stories, by path. With {@code memo} (null: none), the last build's when
   * they were computed from the same stories, else computed; either way remembered for the next.
   */
  static Map<String, List<Story>> compute(List<Story> stories, Map<String, Tag> tags,
      Map<String, List<Story>> bySection, RelatedMemo memo) {
    int n = stories.size();
    String key = memo == null ? null : key(stories);
    int[][] places = key == null ? null : memo.recall(key);
    if (!fits(places, n)) {
      places = places(stories, tags, bySection);
    }
    if (memo != null) {
      memo.remember(key, places);
    }
    Map<String, List<Story>> out = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      List<Story> related = new ArrayList<>(places[i].length);
      for (int j : places[i]) {
        related.add(stories.get(j));
      }
      out.put(stories.get(i).path(), List.copyOf(related));
    }
    return out;
  }

  /**
   * A key of everything the related stories are computed from: each story's place, path, date,
   * section and tags (the lists of tags and sections are made from them), and this class's
   * weights.
   */
  static String key(List<Story> stories) {
    FastHash h = new FastHash().add("related " + COUNT + " " + WINDOW + " " + SAME_SECTION)
        .add(stories.size());
    for (Story s : stories) {
      h.add(s.path()).add(s.article().date().toEpochSecond())
          .add(String.valueOf(s.article().section())).add(s.tagSlugs().size());
      for (String slug : s.tagSlugs()) {
        h.add(slug);
      }
    }
    return h.hex();
  }

  /** Whether {@code places} could be the related stories of {@code n} stories. */
  private static boolean fits(int[][] places, int n) {
    if (places == null || places.length != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (places[i] == null || places[i].length > COUNT) {
        return false;
      }
      for (int j : places[i]) {
        if (j < 0 || j >= n || j == i) {
          return false;
        }
      }
    }
    return true;
  }

  /** The places of each story's related stories. */
  private static int[][] places(List<Story> stories, Map<String, Tag> tags,
      Map<String, List<Story>> bySection) {
    int n = stories.size();
    Map<Story, Integer> index = new IdentityHashMap<>(n * 2);
    long[] epoch = new long[n];
    for (int i = 0; i < n; i++) {
      index.put(stories.get(i), i);
      epoch[i] = stories.get(i).article().date().toEpochSecond();
    }
    Map<List<Story>, int[]> members = new IdentityHashMap<>();
    Map<List<Story>, Map<Story, Integer>> positions = new IdentityHashMap<>();
    for (List<Story> list : lists(tags, bySection)) {
      int[] ids = new int[list.size()];
      Map<Story, Integer> at = new IdentityHashMap<>(list.size() * 2);
      for (int k = 0; k < list.size(); k++) {
        ids[k] = index.get(list.get(k));
        at.put(list.get(k), k);
      }
      members.put(list, ids);
      positions.put(list, at);
    }

    // Stories are scored in parallel, a run of them at a time, each run with arrays of its own.
    int[][] found = new int[n][];
    java.util.stream.IntStream.range(0, (n + RUN - 1) / RUN).parallel().forEach(r -> {
      double[] score = new double[n];
      int[] touched = new int[n];
      for (int i = r * RUN; i < Math.min(n, (r + 1) * RUN); i++) {
        found[i] = best(i, stories, tags, bySection, members, positions, epoch, score, touched);
      }
    });
    return found;
  }

  /** Stories scored by one thread at a time. */
  private static final int RUN = 2048;

  /** The places of story {@code i}'s related stories; {@code score} is zeros before and after. */
  private static int[] best(int i, List<Story> stories, Map<String, Tag> tags,
      Map<String, List<Story>> bySection, Map<List<Story>, int[]> members,
      Map<List<Story>, Map<Story, Integer>> positions, long[] epoch, double[] score,
      int[] touched) {
    int n = stories.size();
    Story s = stories.get(i);
    int count = 0;
    for (String slug : s.tagSlugs()) {
      List<Story> tagged = tags.get(slug).stories();
      double weight = Math.log(1.0 + (double) n / tagged.size());
      count = add(i, members.get(tagged), positions.get(tagged).get(s), weight, score, touched, count);
    }
    List<Story> section = bySection.get(s.article().section());
    if (section != null) {
      count = add(i, members.get(section), positions.get(section).get(s), SAME_SECTION, score,
          touched, count);
    }
    int[] best = new int[COUNT];
    double[] bestScore = new double[COUNT];
    int kept = 0;
    for (int c = 0; c < count; c++) {
      int j = touched[c];
      double total = score[j] + 0.5 / (1.0 + Math.abs(epoch[i] - epoch[j]) / DAY_SECONDS / 30.0);
      score[j] = 0;
      int at = kept;
      while (at > 0 && better(total, j, bestScore[at - 1], best[at - 1])) {
        at--;
      }
      if (at < COUNT) {
        int last = Math.min(kept, COUNT - 1);
        for (int m = last; m > at; m--) {
          best[m] = best[m - 1];
          bestScore[m] = bestScore[m - 1];
        }
        best[at] = j;
        bestScore[at] = total;
        kept = Math.min(kept + 1, COUNT);
      }
    }
    return java.util.Arrays.copyOf(best, kept);
  }

  /** Higher score first; on a tie, the lower index: stories are newest first, ties by path. */
  private static boolean better(double score, int id, double otherScore, int otherId) {
    return score > otherScore || (score == otherScore && id < otherId);
  }

  /** Adds {@code weight} to the stories near position {@code at} of a list (all of a short one). */
  private static int add(int self, int[] ids, int at, double weight, double[] score, int[] touched,
      int count) {
    int from = ids.length <= 2 * WINDOW + 1 ? 0 : Math.max(0, at - WINDOW);
    int to = ids.length <= 2 * WINDOW + 1 ? ids.length : Math.min(ids.length, at + WINDOW + 1);
    for (int k = from; k < to; k++) {
      int j = ids[k];
      if (j == self) {
        continue;
      }
      if (score[j] == 0) {
        touched[count++] = j;
      }
      score[j] += weight;
    }
    return count;
  }

  private static List<List<Story>> lists(Map<String, Tag> tags, Map<String, List<Story>> bySection) {
    List<List<Story>> all = new ArrayList<>();
    tags.values().forEach(t -> all.add(t.stories()));
    all.addAll(bySection.values());
    return all;
  }
}
