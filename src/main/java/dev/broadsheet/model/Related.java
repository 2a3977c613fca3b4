package dev.broadsheet.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Related stories: each shared tag counts by its rarity (a tag on three stories says more than one on
 * three hundred), the same section adds a little, and closeness in time breaks near ties.
 */
final class Related {
  static final int COUNT = 4;
  private static final double SAME_SECTION = 0.75;

  private Related() {}

  static Map<String, List<Story>> compute(List<Story> stories, Map<String, Tag> tags,
      Map<String, List<Story>> bySection) {
    int n = stories.size();
    Map<String, List<Story>> out = new HashMap<>();
    for (Story s : stories) {
      Map<Story, Double> scores = new LinkedHashMap<>();
      for (String slug : s.tagSlugs()) {
        List<Story> tagged = tags.get(slug).stories();
        double weight = Math.log(1.0 + (double) n / tagged.size());
        for (Story t : tagged) {
          if (t != s) {
            scores.merge(t, weight, Double::sum);
          }
        }
      }
      for (Story t : bySection.getOrDefault(s.article().section(), List.of())) {
        if (t != s) {
          scores.merge(t, SAME_SECTION, Double::sum);
        }
        if (scores.size() > 200) {
          break;
        }
      }
      List<Map.Entry<Story, Double>> ranked = new ArrayList<>(scores.entrySet());
      ranked.replaceAll(e -> Map.entry(e.getKey(), e.getValue() + recency(s, e.getKey())));
      ranked.sort(Comparator.<Map.Entry<Story, Double>>comparingDouble(Map.Entry::getValue)
          .reversed()
          .thenComparing(e -> e.getKey(), SiteModelBuilder.NEWEST_FIRST));
      out.put(s.path(), ranked.stream().limit(COUNT).map(Map.Entry::getKey).toList());
    }
    return out;
  }

  private static double recency(Story a, Story b) {
    long days = Math.abs(Duration.between(a.article().date(), b.article().date()).toDays());
    return 0.5 / (1.0 + days / 30.0);
  }
}
