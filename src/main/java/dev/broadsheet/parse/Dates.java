package dev.broadsheet.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms publishers write: ISO 8601 with or without an offset or time, a space
 * instead of the {@code T}, and Jekyll's {@code 2023-02-21 14:30:00 +0300}. A date without an offset
 * is read in the site's time zone. Every result is moved to the site's zone, so pages show one clock.
 */
public final class Dates {
  /** The forms accepted, for messages. */
  public static final String FORMS =
      "2023-02-21, 2023-02-21T14:30:00+03:00 or 2023-02-21 14:30:00 +0300";

  private static final Pattern FILE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-(.+)$");

  private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalEnd()
      .toFormatter(java.util.Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  private static final Pattern OFFSET = Pattern.compile("^(.*\\d)\\s*(Z|[+-]\\d{2}:?\\d{2})$");

  private Dates() {}

  /**
   * Parses {@code text}, or throws {@link DateTimeParseException} ({@link BadOffset} for an offset
   * out of range).
   */
  public static ZonedDateTime parse(String text, ZoneId zone) {
    return parse(text, zone, null);
  }

  /**
   * As {@link #parse(String, ZoneId)}; when {@code text} is a local time (without an offset) that
   * {@code zone}'s clocks skipped (going forward) or showed twice (going back), {@code unclear} is
   * told how it was read and how to be sure.
   */
  public static ZonedDateTime parse(String text, ZoneId zone, Consumer<String> unclear) {
    String s = text.strip();
    if (s.length() == 10) {
      return LocalDate.parse(s).atStartOfDay(zone);
    }
    Matcher m = OFFSET.matcher(s);
    if (m.matches()) {
      String offset = m.group(2);
      if (!offset.equals("Z") && offset.indexOf(':') < 0) {
        offset = offset.substring(0, 3) + ":" + offset.substring(3);
      }
      LocalDateTime local = LocalDateTime.parse(m.group(1), LOCAL);
      ZoneOffset zoneOffset;
      try {
        zoneOffset = ZoneOffset.of(offset.equals("Z") ? "+00:00" : offset);
      } catch (DateTimeException e) {
        throw new BadOffset(m.group(2), s, m.start(2));
      }
      return OffsetDateTime.of(local, zoneOffset).atZoneSameInstant(zone);
    }
    LocalDateTime local = LocalDateTime.parse(s, LOCAL);
    ZonedDateTime read = local.atZone(zone);
    if (unclear != null) {
      List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
      if (offsets.size() != 1) {
        unclear.accept(unclear(s, zone, read, offsets.isEmpty()));
      }
    }
    return read;
  }

  private static String unclear(String s, ZoneId zone, ZonedDateTime read, boolean skipped) {
    String as = read.toLocalTime() + " " + read.getOffset();
    return skipped
        ? "'" + s + "' is a time " + zone.getId() + " skipped (its clocks went forward), so it is"
            + " read as " + as + "; write the time with its offset, such as " + read.toOffsetDateTime()
        : "'" + s + "' happened twice in " + zone.getId() + " (its clocks went back), so it is read"
            + " as the first, " + as + "; write the time with its offset to choose";
  }

  /** A date with an offset from UTC that no zone has: past 18 hours, or 60 minutes or more. */
  public static final class BadOffset extends DateTimeParseException {
    private static final long serialVersionUID = 1L;

    BadOffset(String offset, String text, int index) {
      super("the offset " + offset + ", which is no time zone's; offsets run from -18:00 to"
          + " +18:00, such as +03:00", text, index);
    }
  }

  /** The date of a {@code YYYY-MM-DD-slug} file name, if it has one. */
  public static Optional<LocalDate> fromFileName(String stem) {
    Matcher m = FILE_PREFIX.matcher(stem);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The file name without a {@code YYYY-MM-DD-} prefix. */
  public static String stripDatePrefix(String stem) {
    Matcher m = FILE_PREFIX.matcher(stem);
    return m.matches() ? m.group(2) : stem;
  }
}
