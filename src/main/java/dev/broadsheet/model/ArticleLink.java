package dev.broadsheet.model;

/**
 * A link in an article's body to another article's file: the target's path relative to the site
 * ({@code content/world/summit.md}), the fragment without its {@code #} (or ""), and where it stands.
 */
public record ArticleLink(String target, String fragment, String written, int line, int column) {}
