package dev.broadsheet.config;

/** How many articles each block of the home page shows. */
public record HomeConfig(int topStories, int perSection, int latest) {
  public static final HomeConfig DEFAULT = new HomeConfig(4, 4, 10);
}
