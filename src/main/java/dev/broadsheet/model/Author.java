package dev.broadsheet.model;

import java.util.List;

/**
 * An author with a page: from a profile, or named only in front matter ({@code profile} null). Stories
 * newest first.
 */
public record Author(String id, String name, AuthorProfile profile, List<Story> stories) {}
