package dev.broadsheet.parse;

import dev.broadsheet.model.LiveUpdate;
import dev.broadsheet.util.HtmlText;
import dev.broadsheet.yaml.Fields;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The updates of live coverage: the level-two headings of its body that start with a time,
 * {@code ## 14:32 Talks resume}, or a date and a time, {@code ## 2026-11-29 09:05 Second day}. A
 * time alone is on the day of the article's {@code date}; both are read in the site's time zone.
 * Found in the body's HTML, where each heading already has its anchor.
 */
public final class LiveUpdates {
  private static final Pattern HEADING = Pattern.compile("<h2 id=\"([^\"]*)\">(.*?)</h2>");
  private static final Pattern TIME = Pattern.compile(
      "(?:(\\d{4}-\\d{2}-\\d{2})\\s+)?(\\d{1,2}):(\\d{2})(?![\\d:])\\s*(?:[-–—:|]\\s*)?(.*)",
      Pattern.DOTALL);
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private LiveUpdates() {}

  /**
   * The updates of a live article whose body is {@code html}, dated {@code date}; what is wrong
   * with them is reported at the article's {@code live:} key.
   */
  static List<LiveUpdate> of(String html, ZonedDateTime date, ZoneId zone, Fields f) {
    List<LiveUpdate> out = new ArrayList<>();
    Matcher h = HEADING.matcher(html);
    while (h.find()) {
      String text = text(h.group(2));
      Matcher t = TIME.matcher(text);
      if (!t.matches()) {
        continue;
      }
      try {
        LocalDate day = t.group(1) != null ? LocalDate.parse(t.group(1))
            : date.withZoneSameInstant(zone).toLocalDate();
        LocalTime time = LocalTime.of(Integer.parseInt(t.group(2)), Integer.parseInt(t.group(3)));
        ZonedDateTime when = day.atTime(time).atZone(zone);
        if (when.isBefore(date)) {
          f.warning("/live", "the update '" + text + "' is dated " + when.toOffsetDateTime()
              + ", before the article's date; write the day before its time if it is a later"
              + " one: '## " + when.toLocalDate().plusDays(1) + " " + t.group(2) + ":"
              + t.group(3) + " ...'");
        }
        out.add(new LiveUpdate(when, t.group(4).strip(), h.group(1)));
      } catch (DateTimeException e) {
        String written = text.substring(0, t.end(3));
        f.warning("/live", "the heading '" + text + "' starts with '" + written + "', which is no"
            + " date and time there is, so it is not an update; write a time from 00:00 to 23:59,"
            + " with its day before it if it is not the article's: '## 2026-11-29 14:30 ...'");
      }
    }
    if (out.isEmpty()) {
      f.warning("/live", "this live article has no updates: start each with a heading of its"
          + " time, such as '## 14:30 Talks resume', newest first");
    }
    return List.copyOf(out);
  }

  /**
   * {@code html}, the body of a live article, with the time that starts each update's heading
   * set in a {@code <time class="update-time">} of its own, so that the page can show it apart
   * from the update's headline. A heading whose HTML does not start with its time is left.
   */
  public static String mark(String html, List<LiveUpdate> updates) {
    if (updates.isEmpty()) {
      return html;
    }
    java.util.Map<String, LiveUpdate> byAnchor = new java.util.HashMap<>();
    updates.forEach(u -> byAnchor.putIfAbsent(u.anchor(), u));
    StringBuilder out = new StringBuilder(html.length() + 64 * updates.size());
    Matcher h = HEADING.matcher(html);
    int last = 0;
    while (h.find()) {
      LiveUpdate u = byAnchor.get(h.group(1));
      Matcher t = u == null ? null : TIME.matcher(h.group(2));
      if (t == null || !t.matches()) {
        continue;
      }
      String written = h.group(2).substring(0, t.end(3));
      String rest = t.group(4);
      out.append(html, last, h.start(2)).append("<time class=\"update-time\" datetime=\"")
          .append(dev.broadsheet.syndication.Feeds.rfc3339(u.time())).append("\">")
          .append(written).append("</time>").append(rest.isEmpty() ? "" : " ").append(rest);
      last = h.end(2);
    }
    return last == 0 ? html : out.append(html, last, html.length()).toString();
  }

  /** The text of a heading's HTML: tags dropped, entities decoded, spaces single. */
  private static String text(String html) {
    return SPACES.matcher(HtmlText.of(html).text().strip()).replaceAll(" ");
  }
}
