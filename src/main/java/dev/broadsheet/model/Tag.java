package dev.broadsheet.model;

import java.util.List;

/** A topic tag: its display name (as first written, by file path), slug and stories, newest first. */
public record Tag(String slug, String name, List<Story> stories) {}
