package dev.broadsheet.render;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One page to render: its site path ({@code world/} or {@code 404.html}), the template, the file that
 * caused it (for messages) and its data, built only when the page is rendered.
 */
public record PagePlan(String path, String template, String origin, Supplier<Map<String, Object>> model) {

  /** The file written: {@code world/index.html} for {@code world/}. */
  public String file() {
    return dev.broadsheet.model.Permalinks.file(path);
  }
}
