package dev.broadsheet.util;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of an HTML fragment (tags dropped, the common entities decoded) and the ids of its
 * elements, found in one pass: an article body is read this way once, for its search terms and
 * for the anchors links may point to.
 */
public record HtmlText(String text, List<String> ids) {
  private static final String[][] ENTITIES = {{"&quot;", "\""}, {"&#39;", "'"}, {"&lt;", "<"},
      {"&gt;", ">"}, {"&amp;", "&"}};
  private static final String ID = " id=\"";

  public static HtmlText of(String html) {
    StringBuilder sb = new StringBuilder(html.length());
    List<String> ids = new ArrayList<>();
    int n = html.length();
    // Text between tags and entities is copied a run at a time; the next '<' and '&' are each
    // looked for again only once passed.
    int nextTag = html.indexOf('<');
    int nextEntity = html.indexOf('&');
    int i = 0;
    while (i < n) {
      if (nextTag >= 0 && nextTag < i) {
        nextTag = html.indexOf('<', i);
      }
      if (nextEntity >= 0 && nextEntity < i) {
        nextEntity = html.indexOf('&', i);
      }
      int stop = Math.min(nextTag < 0 ? n : nextTag, nextEntity < 0 ? n : nextEntity);
      sb.append(html, i, stop);
      i = stop;
      if (i >= n) {
        break;
      }
      if (html.charAt(i) == '<') {
        int close = html.indexOf('>', i);
        if (close < 0) {
          sb.append(html, i, n);
          break;
        }
        id(html, i, close, ids);
        sb.append(' ');
        i = close + 1;
      } else {
        i = entity(html, i, sb) + 1;
      }
    }
    return new HtmlText(sb.toString(), List.copyOf(ids));
  }

  /** Adds the id of the tag from {@code start} to {@code end}, if it has one. */
  private static void id(String html, int start, int end, List<String> ids) {
    // Looked for within the tag only: a search to the end of the body for every tag would make
    // reading a body take time in the square of its length.
    for (int at = start; at + ID.length() <= end; at++) {
      if (html.charAt(at) == ' ' && html.startsWith(ID, at)) {
        int from = at + ID.length();
        int quote = html.indexOf('"', from);
        if (quote > 0 && quote < end) {
          ids.add(html.substring(from, quote));
        }
        return;
      }
    }
  }

  /** Appends the entity at {@code at} decoded (or the ampersand as it is); returns its last index. */
  private static int entity(String html, int at, StringBuilder sb) {
    for (String[] e : ENTITIES) {
      if (html.startsWith(e[0], at)) {
        sb.append(e[1]);
        return at + e[0].length() - 1;
      }
    }
    sb.append('&');
    return at;
  }
}
