package dev.broadsheet.model;

import java.util.Map;

/**
 * An author's profile from {@code content/authors/<id>.yaml}. {@code photo} is a site path or URL, or
 * null: for a photo of the site, its version for a small portrait, with {@code photoSrcset} naming
 * every version ("" when there is one); {@code links} maps a label (website, email, mastodon, x,
 * ...) to a URL, in the file's order.
 */
public record AuthorProfile(
    String id, String name, String role, String bio, String photo, String photoSrcset,
    Map<String, String> links, String source) {}
