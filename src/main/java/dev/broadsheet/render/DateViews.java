package dev.broadsheet.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How templates see a time: already formatted in the site's language and time zone, so templates
 * need no date arithmetic and output never depends on the machine's locale or zone.
 */
final class DateViews {
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter shortDate;
  private final DateTimeFormatter time;
  private final DateTimeFormatter zone;
  private final DateTimeFormatter monthYear;
  private final DateTimeFormatter monthName;
  private final Map<java.time.LocalDate, String[]> days = new ConcurrentHashMap<>();
  private final Map<java.time.LocalTime, String> times = new ConcurrentHashMap<>();
  private final Map<String, String> zones = new ConcurrentHashMap<>();

  DateViews(Locale locale) {
    longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    zone = DateTimeFormatter.ofPattern("zzz", locale);
    monthYear = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
    monthName = DateTimeFormatter.ofPattern("LLLL", locale);
  }

  /**
   * {@code iso} (for {@code <time datetime>}), {@code date} (long, "21 February 2023"),
   * {@code short}, {@code time}, {@code zone}, {@code year}, {@code month}, {@code day}.
   */
  Map<String, Object> of(ZonedDateTime t) {
    if (t == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("iso", t.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    // Formatting takes time, and a site's stories share days, minutes and zones.
    String[] day = days.computeIfAbsent(t.toLocalDate(),
        d -> new String[] {t.format(longDate), t.format(shortDate)});
    m.put("date", day[0]);
    m.put("short", day[1]);
    m.put("time", times.computeIfAbsent(t.toLocalTime().withSecond(0).withNano(0),
        x -> t.format(time)));
    m.put("zone", zones.computeIfAbsent(t.getZone().getId() + " " + t.getOffset().getId(),
        x -> t.format(zone)));
    m.put("year", t.getYear());
    m.put("month", t.getMonthValue());
    m.put("day", t.getDayOfMonth());
    return m;
  }

  String monthYear(int year, int month) {
    return java.time.YearMonth.of(year, month).format(monthYear);
  }

  String month(int year, int month) {
    return java.time.YearMonth.of(year, month).format(monthName);
  }
}
