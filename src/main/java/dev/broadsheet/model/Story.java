package dev.broadsheet.model;

import java.util.List;

/**
 * A published article placed in the site: its URL path (relative to the site root, such as
 * {@code world/2023/02/21/summit/}), reading time, and the keys of its authors and tags
 * ({@code tagSlugs} has one slug for each of {@code article().tags()}, in the same order).
 */
public record Story(Article article, String path, int readingMinutes, List<String> authorIds,
    List<String> tagSlugs) {}
