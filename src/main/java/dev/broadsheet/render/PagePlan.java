package dev.broadsheet.render;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One page to render: its site path ({@code world/} or {@code 404.html}), the template, the file that
 * caused it (for messages), when its content last changed (for sitemaps; null when it has no date)
 * and its data, built only when the page is rendered.
 */
public record PagePlan(String path, String template, String origin, ZonedDateTime lastModified,
    Supplier<Map<String, Object>> model) {

  /** The file written: {@code world/index.html} for {@code world/}. */
  public String file() {
    return dev.broadsheet.model.Permalinks.file(path);
  }
}
