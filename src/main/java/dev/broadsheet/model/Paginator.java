package dev.broadsheet.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a list into pages of at most {@code size} items. An empty list gives one empty page (a
 * section front with no stories yet still exists); otherwise no page is empty.
 */
public final class Paginator {
  private Paginator() {}

  /** One page of a list: its 1-based number, the page count and its items. */
  public record Page<T>(int number, int count, List<T> items) {
    public boolean hasPrevious() {
      return number > 1;
    }

    public boolean hasNext() {
      return number < count;
    }
  }

  public static <T> List<Page<T>> paginate(List<T> items, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("page size must be at least 1");
    }
    int count = Math.max(1, (items.size() + size - 1) / size);
    List<Page<T>> pages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int from = i * size;
      pages.add(new Page<>(i + 1, count, items.subList(from, Math.min(items.size(), from + size))));
    }
    return pages;
  }
}
