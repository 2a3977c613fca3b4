package dev.broadsheet.config;

/**
 * What raw HTML written in Markdown becomes: passed through as it is (the newsroom owns its
 * content), escaped to show as text, or sanitized to an allowlist of safe tags and attributes.
 */
public enum RawHtml {
  PASS,
  ESCAPE,
  SANITIZE;

  /** The word used in site.yaml. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
