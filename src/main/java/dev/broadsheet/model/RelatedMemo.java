package dev.broadsheet.model;

/**
 * Related stories kept from the last build, as the places in the site's list of each story's
 * related stories, under a key of everything they were computed from (each story's place, path,
 * date, section and tags): a build whose stories have the same key has the same related stories,
 * and takes them from here instead of scoring every story again.
 */
public interface RelatedMemo {
  /** The places remembered under {@code key}, or null. */
  int[][] recall(String key);

  /** Remembers {@code places} under {@code key}, for the next build. */
  void remember(String key, int[][] places);
}
