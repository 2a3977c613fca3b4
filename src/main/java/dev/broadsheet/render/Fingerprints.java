package dev.broadsheet.render;

import dev.broadsheet.util.FastHash;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import dev.broadsheet.model.Story;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  /** Hashes of {@link Views.Shared} data by key, with the stories each shows. */
  private final Map<String, Known> hashes = new ConcurrentHashMap<>();
  private final String siteHash;

  /** A key for each article, by source: see {@link #Fingerprints(Views, String, Map)}. */
  private final Map<String, String> articleKeys;
  /** The site's stories, and each one's place among them, by identity. */
  private final List<Story> stories;
  private final Map<Story, Integer> places;
  /**
   * Hashes of story views by place, made once each from what the views are made from (a race
   * makes one twice, to the same string).
   */
  private final String[] storyHashes;
  /** Hashes of the views of stories outside the site's list, by path. */
  private final Map<String, String> otherStories = new ConcurrentHashMap<>();

  /**
   * A page's fingerprint, and the places in the site's list of the stories its data shows, in
   * order ({@code null} when it shows a story outside the list). A page whose site has the same
   * {@link #shape} in the next build, and whose stories are fingerprinted the same, has the same
   * fingerprint.
   */
  public record Page(String fingerprint, int[] stories) {}

  /** Hashed shared data, and the stories it shows (as {@link Page}). */
  private record Known(String hash, int[] stories) {}

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
    this.stories = views.model().stories();
    this.places = new IdentityHashMap<>(stories.size() * 2);
    for (int i = 0; i < stories.size(); i++) {
      places.put(stories.get(i), i);
    }
    this.storyHashes = new String[stories.size()];
    FastHash h = new FastHash();
    for (Map.Entry<String, Object> e : views.site().entrySet()) {
      if (!e.getKey().equals("now")) {
        h.add(e.getKey());
        walk(h, e.getValue(), null);
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
    walk(h, inputs, null);
    return h.hex();
  }

  /** The fingerprint of a page made from {@code template} and {@code model}, and its stories. */
  public Page page(String template, Map<String, Object> model) {
    Shown shown = new Shown();
    FastHash h = new FastHash().add(global).add(template);
    walk(h, model, shown);
    return new Page(h.hex(), shown.places());
  }

  /**
   * The fingerprint of every story in the site's list, by place (not to be changed): a story
   * whose fingerprint is unchanged is shown the same by every page that shows it. Made once.
   */
  public String[] stories() {
    if (!allStories) {
      java.util.stream.IntStream.range(0, stories.size()).parallel()
          .forEach(i -> story(stories.get(i), null));
      allStories = true;
    }
    return storyHashes;
  }

  private volatile boolean allStories;
  private volatile Optional<String> shape;

  /**
   * A hash of everything the site's pages show besides the content of its stories' articles
   * (see {@link SiteShape}), with what every page depends on: two builds of equal shape plan the
   * same pages, and a page's data differs only where a story it shows has another fingerprint.
   * Null when the site cannot be told apart that way. Made once.
   */
  public String shape() {
    if (shape == null) {
      String site = SiteShape.of(views.model());
      shape = Optional.ofNullable(site == null ? null
          : new FastHash().add(global).add(siteHash).add(site).hex());
    }
    return shape.orElse(null);
  }

  private void walk(FastHash h, Object v, Shown shown) {
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
        h.add(14L).add(story(lazy.story(), shown));
        return;
      }
      if (m instanceof Views.StoryMap view) {
        h.add(14L).add(story(view.story(), shown));
        return;
      }
      if (m instanceof Views.Shared shared) {
        // Every value with one key has the same content, however often it is built.
        h.add(3L).add(shared(shared, shown, own -> {
          FastHash mine = new FastHash();
          walkMap(mine, m, own);
          return mine.hex();
        }));
        return;
      }
      walkMap(h, m, shown);
    } else if (v instanceof Collection<?> c) {
      if (c instanceof Views.StoryList list) {
        h.add(5L).add(list.size());
        for (Story story : list.stories()) {
          h.add(14L).add(story(story, shown));
        }
        return;
      }
      if (c instanceof Views.Shared shared) {
        h.add(9L).add(shared(shared, shown, own -> {
          FastHash mine = new FastHash();
          walkList(mine, c, own);
          return mine.hex();
        }));
        return;
      }
      walkList(h, c, shown);
    } else if (v instanceof LazyHtml lazy) {
      h.add(6L).add(lazy.key());
    } else if (v instanceof TemplateHTMLOutputModel markup) {
      try {
        h.add(7L).add(HTMLOutputFormat.INSTANCE.getMarkupString(markup));
      } catch (TemplateModelException e) {
        throw new IllegalStateException(e);
      }
    } else if (v instanceof Story story) {
      h.add(14L).add(story(story, shown));
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
   * or from the view, when the article has no key. Noted in {@code shown}, when given.
   */
  private String story(Story s, Shown shown) {
    Integer place = places.get(s);
    if (place == null) {
      if (shown != null) {
        shown.outside = true;
      }
      return otherStories.computeIfAbsent(s.path(), p -> hashStory(s));
    }
    if (shown != null) {
      shown.add(place);
    }
    String known = storyHashes[place];
    if (known == null) {
      known = hashStory(s);
      storyHashes[place] = known;
    }
    return known;
  }

  private String hashStory(Story s) {
    String article = articleKeys.get(s.article().source());
    FastHash h = new FastHash();
    if (article == null) {
      walkMap(h.add("view"), views.story(s), null);
    } else {
      walk(h.add("inputs").add(article), views.storyInputs(s), null);
    }
    return h.hex();
  }

  /**
   * The hash of shared data, made once (shared data holds shared data, so not in compute); the
   * stories it shows are noted in {@code shown} each time it is met.
   */
  private String shared(Views.Shared shared, Shown shown,
      java.util.function.Function<Shown, String> hash) {
    Known known = hashes.get(shared.sharedKey());
    if (known == null) {
      Shown own = new Shown();
      known = new Known(hash.apply(own), own.places());
      hashes.putIfAbsent(shared.sharedKey(), known);
    }
    if (shown != null) {
      if (known.stories() == null) {
        shown.outside = true;
      } else {
        for (int place : known.stories()) {
          shown.add(place);
        }
      }
    }
    return known.hash();
  }

  private void walkMap(FastHash h, Map<?, ?> m, Shown shown) {
    h.add(4L).add(m.size());
    for (Map.Entry<?, ?> e : m.entrySet()) {
      h.add(String.valueOf(e.getKey()));
      walk(h, e.getValue(), shown);
    }
  }

  private void walkList(FastHash h, Collection<?> c, Shown shown) {
    h.add(5L).add(c.size());
    for (Object o : c) {
      walk(h, o, shown);
    }
  }

  /** The places of the stories met while a page is hashed. */
  private static final class Shown {
    private int[] places = new int[8];
    private int count;
    /** Whether a story outside the site's list was met. */
    private boolean outside;

    void add(int place) {
      if (count == places.length) {
        places = Arrays.copyOf(places, count * 2);
      }
      places[count++] = place;
    }

    /** The places met, in order, each once; null if a story outside the list was met. */
    int[] places() {
      if (outside) {
        return null;
      }
      int[] sorted = Arrays.copyOf(places, count);
      Arrays.sort(sorted);
      int n = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (n == 0 || sorted[i] != sorted[n - 1]) {
          sorted[n++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, n);
    }
  }
}
