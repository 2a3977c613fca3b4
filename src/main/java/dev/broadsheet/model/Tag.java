package dev.broadsheet.model;

import java.util.List;

/**
 * A topic tag: its display name (as site.yaml's {@code topics:} names it, else as first written,
 * by file path), slug, description (from {@code topics:}, else empty) and stories, newest first.
 */
public record Tag(String slug, String name, String description, List<Story> stories) {}
