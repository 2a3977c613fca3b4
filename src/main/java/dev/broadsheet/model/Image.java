package dev.broadsheet.model;

/**
 * An article's lead image. {@code src} is as written; {@code url} is where it is served from (a site
 * path such as {@code /world/summit.svg}, or an absolute URL); {@code exists} says whether the file
 * was found (always true for an absolute URL); {@code info} gives its size and served versions when
 * it is a file of the site the build could read, else null.
 */
public record Image(String src, String url, String alt, String caption, String credit, boolean exists,
    ImageInfo info) {}
