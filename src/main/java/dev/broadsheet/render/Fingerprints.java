package dev.broadsheet.render;

import dev.broadsheet.util.FastHash;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A page's fingerprint: a hash of its template set and of everything its template can see, so
 * that a page whose fingerprint is unchanged since the last build would be rendered to the same
 * bytes and need not be rendered again. Story views are shared by every page that lists them,
 * so each is hashed once a build. The site view's {@code now} (the time of the build) is left
 * out: otherwise no page would ever be kept.
 */
public final class Fingerprints {
  private final Views views;
  private final String global;
  private final Map<String, String> stories = new ConcurrentHashMap<>();
  private final String siteHash;

  /** {@code global}: what every page depends on besides its data (templates, site.yaml, version). */
  public Fingerprints(Views views, String global) {
    this.views = views;
    this.global = global;
    FastHash h = new FastHash();
    for (Map.Entry<String, Object> e : views.site().entrySet()) {
      if (!e.getKey().equals("now")) {
        h.add(e.getKey());
        walk(h, e.getValue());
      }
    }
    this.siteHash = h.hex();
  }

  /** The fingerprint of a page made from {@code template} and {@code model}. */
  public String of(String template, Map<String, Object> model) {
    FastHash h = new FastHash().add(global).add(template);
    walk(h, model);
    return h.hex();
  }

  private void walk(FastHash h, Object v) {
    if (v == null) {
      h.add(0L);
    } else if (v instanceof String s) {
      h.add(1L).add(s);
    } else if (v instanceof Map<?, ?> m) {
      if (m == views.site()) {
        h.add(2L).add(siteHash);
        return;
      }
      if (m instanceof Views.StoryView story) {
        // Every view of one story has the same content, however often it is built.
        h.add(3L).add(stories.computeIfAbsent(story.path, k -> hashOf(m)));
        return;
      }
      h.add(4L).add(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        h.add(String.valueOf(e.getKey()));
        walk(h, e.getValue());
      }
    } else if (v instanceof Collection<?> c) {
      h.add(5L).add(c.size());
      for (Object o : c) {
        walk(h, o);
      }
    } else if (v instanceof LazyHtml lazy) {
      h.add(6L).add(lazy.key());
    } else if (v instanceof TemplateHTMLOutputModel markup) {
      try {
        h.add(7L).add(HTMLOutputFormat.INSTANCE.getMarkupString(markup));
      } catch (TemplateModelException e) {
        throw new IllegalStateException(e);
      }
    } else {
      h.add(8L).add(v.getClass().getName()).add(v.toString());
    }
  }

  private String hashOf(Map<?, ?> m) {
    FastHash h = new FastHash().add(m.size());
    for (Map.Entry<?, ?> e : m.entrySet()) {
      h.add(String.valueOf(e.getKey()));
      walk(h, e.getValue());
    }
    return h.hex();
  }
}
