package dev.broadsheet.model;

import java.util.Map;

/**
 * An author's profile from {@code content/authors/<id>.yaml}. {@code photo} is a site path or URL, or
 * null; {@code links} maps a label (website, email, mastodon, x, ...) to a URL, in the file's order.
 */
public record AuthorProfile(
    String id, String name, String role, String bio, String photo, Map<String, String> links,
    String source) {}
