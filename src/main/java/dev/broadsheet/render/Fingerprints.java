package dev.broadsheet.render;

import dev.broadsheet.util.FastHash;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import dev.broadsheet.model.Story;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A page's fingerprint: a hash of its template set and of everything its template can see, so
 * that a page whose fingerprint is unchanged since the last build would be rendered to the same
 * bytes and need not be rendered again. Story views, and other data many pages show, are hashed
 * once a build; a story's view is hashed from what it is made from, without being made. The
 * site view's {@code now} (the time of the build) is left out: otherwise no page would ever be
 * kept.
 */
public final class Fingerprints {
  private final Views views;
  private final String global;
  /** Hashes of {@link Views.Shared} data by key. */
  private final Map<String, String> hashes = new ConcurrentHashMap<>();
  private final String siteHash;

  /** A key for each article, by source: see {@link #Fingerprints(Views, String, Map)}. */
  private final Map<String, String> articleKeys;
  /** Hashes of story views by story path, made from what the views are made from. */
  private final Map<String, String> stories = new ConcurrentHashMap<>();

  /**
   * {@code global}: what every page depends on besides its data (templates, site.yaml, version).
   * {@code articleKeys}: for the source of each article, a key that stands for what reading it
   * gave under the build's settings (equal keys, equal articles), so that a story is hashed
   * without its view being made; a story without one is hashed by its view.
   */
  public Fingerprints(Views views, String global, Map<String, String> articleKeys) {
    this.views = views;
    this.global = global;
    this.articleKeys = articleKeys;
    FastHash h = new FastHash();
    for (Map.Entry<String, Object> e : views.site().entrySet()) {
      if (!e.getKey().equals("now")) {
        h.add(e.getKey());
        walk(h, e.getValue());
      }
    }
    this.siteHash = h.hex();
  }

  /**
   * The fingerprint of a generated file made from {@code inputs} (see
   * {@link dev.broadsheet.syndication.GeneratedFile}); a story stands for its view.
   */
  public String ofInputs(List<?> inputs) {
    FastHash h = new FastHash().add(global).add("generated");
    walk(h, inputs);
    return h.hex();
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
      if (m instanceof Views.StoryView lazy) {
        h.add(14L).add(story(lazy.story()));
        return;
      }
      if (m instanceof Views.Shared shared) {
        // Every value with one key has the same content, however often it is built.
        h.add(3L).add(shared(shared, () -> hashOf(m)));
        return;
      }
      walkMap(h, m);
    } else if (v instanceof Collection<?> c) {
      if (c instanceof Views.StoryList list) {
        h.add(5L).add(list.size());
        for (Story story : list.stories()) {
          h.add(14L).add(story(story));
        }
        return;
      }
      if (c instanceof Views.Shared shared) {
        h.add(9L).add(shared(shared, () -> {
          FastHash own = new FastHash();
          walkList(own, c);
          return own.hex();
        }));
        return;
      }
      walkList(h, c);
    } else if (v instanceof LazyHtml lazy) {
      h.add(6L).add(lazy.key());
    } else if (v instanceof TemplateHTMLOutputModel markup) {
      try {
        h.add(7L).add(HTMLOutputFormat.INSTANCE.getMarkupString(markup));
      } catch (TemplateModelException e) {
        throw new IllegalStateException(e);
      }
    } else if (v instanceof Story story) {
      h.add(14L).add(story(story));
    } else if (v instanceof int[] ints) {
      h.add(13L).add(ints.length);
      for (int i : ints) {
        h.add(i);
      }
    } else if (v instanceof Integer || v instanceof Long) {
      h.add(10L).add(((Number) v).longValue());
    } else if (v instanceof Boolean b) {
      h.add(b ? 11L : 12L);
    } else {
      h.add(8L).add(v.getClass().getName()).add(v.toString());
    }
  }

  /**
   * The hash of the view of {@code s}, made once a build: from its article's key and the rest of
   * what the view is made from ({@link Views#storyInputs}), so the view itself need not be made;
   * or from the view, when the article has no key.
   */
  private String story(Story s) {
    String known = stories.get(s.path());
    if (known == null) {
      String article = articleKeys.get(s.article().source());
      FastHash h = new FastHash();
      if (article == null) {
        walk(h.add("view"), views.story(s));
      } else {
        walk(h.add("inputs").add(article), views.storyInputs(s));
      }
      known = h.hex();
      stories.putIfAbsent(s.path(), known);
    }
    return known;
  }

  /** The hash of shared data, made once (shared data holds shared data, so not in compute). */
  private String shared(Views.Shared shared, java.util.function.Supplier<String> hash) {
    String known = hashes.get(shared.sharedKey());
    if (known == null) {
      known = hash.get();
      hashes.putIfAbsent(shared.sharedKey(), known);
    }
    return known;
  }

  private String hashOf(Map<?, ?> m) {
    FastHash h = new FastHash();
    walkMap(h, m);
    return h.hex();
  }

  private void walkMap(FastHash h, Map<?, ?> m) {
    h.add(4L).add(m.size());
    for (Map.Entry<?, ?> e : m.entrySet()) {
      h.add(String.valueOf(e.getKey()));
      walk(h, e.getValue());
    }
  }

  private void walkList(FastHash h, Collection<?> c) {
    h.add(5L).add(c.size());
    for (Object o : c) {
      walk(h, o);
    }
  }
}
