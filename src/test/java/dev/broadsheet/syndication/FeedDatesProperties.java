package dev.broadsheet.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The dates of feeds, sitemaps and JSON-LD, written by hand, are the formatter's. */
class FeedDatesProperties {
  @Property
  void rfc3339IsWhatTheIsoFormatterWrites(
      @ForAll @LongRange(min = -62_000_000_000L, max = 253_402_300_799L) long second,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nano,
      @ForAll @IntRange(min = -18 * 3600, max = 18 * 3600) int offsetSeconds) {
    ZonedDateTime t = Instant.ofEpochSecond(second, nano).atZone(ZoneOffset.ofTotalSeconds(offsetSeconds));
    assertThat(Feeds.rfc3339(t)).isEqualTo(t.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
  }

  @Property
  void rfc3339OfATimeInANamedZoneIsTooWithItsOffset(
      @ForAll @LongRange(min = 0, max = 4_102_444_800L) long second) {
    for (String zone : new String[] {"UTC", "Europe/London", "Asia/Kolkata", "America/St_Johns"}) {
      ZonedDateTime t = Instant.ofEpochSecond(second).atZone(ZoneId.of(zone));
      assertThat(Feeds.rfc3339(t)).isEqualTo(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
  }
}
