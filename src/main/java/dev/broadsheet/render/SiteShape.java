package dev.broadsheet.render;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Site;
import dev.broadsheet.model.Story;
import dev.broadsheet.util.FastHash;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.BiConsumer;

/**
 * A hash of the shape of a site: everything its model holds besides the content of its stories'
 * articles. That is which stories there are, in what order, with their addresses, authors and
 * tags, and everything the model derives from them: sections, tags, authors and their profiles,
 * the archive, related stories, neighbours, the home page, the addresses of articles by file, and
 * the settings. Two builds of one shape plan the same pages, whose data differ only where they
 * show a story whose article changed.
 *
 * <p>The model is walked generically, record component by record component, so that what is
 * added to the model later is part of the shape without a change here. Left out: each story's
 * article and reading time (made from its body), which every page that shows the story
 * fingerprints through the story; and the time of the build, which fingerprints leave out too. A
 * story elsewhere in the model stands for itself by its place in the site's list. A story outside
 * the list, or an article anywhere but in a story of the list, makes the shape unknown: its
 * content would be shown without a story of the list to account for it.
 */
final class SiteShape {
  /** Record components by record class, in declaration order. */
  private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
    @Override
    protected Method[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Method[] accessors = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].trySetAccessible();
      }
      return accessors;
    }
  };

  private final Map<Story, Integer> places = new IdentityHashMap<>();
  private boolean unknown;

  private SiteShape() {}

  /** The shape of {@code site} as a hash, or null if it cannot be told. */
  static String of(Site site) {
    SiteShape shape = new SiteShape();
    FastHash hash = new FastHash();
    List<Story> stories = site.stories();
    hash.add("stories").add(stories.size());
    for (int i = 0; i < stories.size(); i++) {
      Story s = stories.get(i);
      shape.places.put(s, i);
      shape.components(hash, s);
    }
    shape.components(hash, site);
    return shape.unknown ? null : hash.hex();
  }

  /** The components of record {@code r}, but those left out. */
  private void components(FastHash hash, Record r) {
    Method[] accessors = ACCESSORS.get(r.getClass());
    hash.add(r.getClass().getName()).add(accessors.length);
    for (Method accessor : accessors) {
      String name = accessor.getName();
      if (r instanceof Story && (name.equals("article") || name.equals("readingMinutes"))
          || r instanceof Site && name.equals("now")) {
        continue;
      }
      hash.add(name);
      try {
        walk(hash, accessor.invoke(r));
      } catch (IllegalAccessException | InvocationTargetException e) {
        unknown = true;
      }
    }
  }

  /** What a value is to the walk, told once for each class. */
  private enum Kind { STRING, STORY, ARTICLE, RECORD, MAP, ORDERED_MAP, COLLECTION, LIST, OPTIONAL,
    OBJECTS, ARRAY, OTHER }

  private static final ClassValue<Kind> KINDS = new ClassValue<>() {
    @Override
    protected Kind computeValue(Class<?> type) {
      if (type == String.class) {
        return Kind.STRING;
      } else if (type == Story.class) {
        return Kind.STORY;
      } else if (Article.class.isAssignableFrom(type)) {
        return Kind.ARTICLE;
      } else if (Record.class.isAssignableFrom(type)) {
        return Kind.RECORD;
      } else if (LinkedHashMap.class.isAssignableFrom(type) || SortedMap.class.isAssignableFrom(type)) {
        return Kind.ORDERED_MAP;
      } else if (Map.class.isAssignableFrom(type)) {
        // In no order that two builds are sure to share (Map.of's differs from run to run).
        return Kind.MAP;
      } else if (List.class.isAssignableFrom(type) || LinkedHashSet.class.isAssignableFrom(type)
          || SortedSet.class.isAssignableFrom(type)) {
        return Kind.LIST;
      } else if (Collection.class.isAssignableFrom(type)) {
        return Kind.COLLECTION;
      } else if (type == Optional.class) {
        return Kind.OPTIONAL;
      } else if (Object[].class.isAssignableFrom(type)) {
        return Kind.OBJECTS;
      } else if (type.isArray()) {
        return Kind.ARRAY;
      }
      return Kind.OTHER;
    }
  };

  private void walk(FastHash hash, Object v) {
    if (v == null) {
      hash.add(0L);
      return;
    }
    switch (KINDS.get(v.getClass())) {
      case STRING -> hash.add(1L).add((String) v);
      case STORY -> {
        Integer place = places.get(v);
        if (place == null) {
          unknown = true;
        } else {
          hash.add(3L).add(place);
        }
      }
      case ARTICLE, ARRAY -> unknown = true;
      case RECORD -> components(hash.add(4L), (Record) v);
      case ORDERED_MAP -> {
        Map<?, ?> m = (Map<?, ?>) v;
        hash.add(5L).add(m.size());
        for (Map.Entry<?, ?> e : m.entrySet()) {
          walk(hash, e.getKey());
          walk(hash, e.getValue());
        }
      }
      case MAP -> {
        Map<?, ?> m = (Map<?, ?>) v;
        unordered(hash.add(5L).add(m.size()), m.entrySet(), (h, e) -> {
          walk(h, e.getKey());
          walk(h, e.getValue());
        });
      }
      case LIST -> {
        Collection<?> c = (Collection<?>) v;
        hash.add(6L).add(c.size());
        for (Object o : c) {
          walk(hash, o);
        }
      }
      case COLLECTION -> {
        Collection<?> c = (Collection<?>) v;
        unordered(hash.add(6L).add(c.size()), c, this::walk);
      }
      case OPTIONAL -> walk(hash.add(7L), ((Optional<?>) v).orElse(null));
      case OBJECTS -> walk(hash, Arrays.asList((Object[]) v));
      case OTHER -> hash.add(8L).add(v.getClass().getName()).add(v.toString());
    }
  }

  /** Adds the elements of {@code c} whatever their order: the sums of their hashes. */
  private static <T> void unordered(FastHash hash, Collection<T> c,
      BiConsumer<FastHash, T> each) {
    long first = 0;
    long second = 0;
    for (T element : c) {
      FastHash own = new FastHash();
      each.accept(own, element);
      first += own.first();
      second += own.second();
    }
    hash.add(first).add(second);
  }
}
