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
    Map<String, String> links, String source) {
  /**
   * What to say of a byline {@code name} that reads as a profile's id when no profile of the site
   * (their ids {@code ids}) has it: the nearest id, or what to do.
   */
  public static String missing(String name, java.util.Collection<String> ids) {
    String hint = dev.broadsheet.util.Spelling.suggestion(name, ids);
    return "author '" + name + "' looks like a profile id, but content/authors/" + name
        + ".yaml does not exist" + (hint.isEmpty() ? "; create it, or write the author's full name"
        : hint);
  }
}
