package dev.broadsheet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link Permalinks} pads numbers as {@code String.format} would. */
class PermalinksProperties {

  @Property
  void paddedIsWhatFormattingGives(@ForAll int value, @ForAll @IntRange(min = 1, max = 6) int width) {
    assertThat(Permalinks.padded(value, width))
        .isEqualTo(String.format(Locale.ROOT, "%0" + width + "d", value));
  }

  @Property
  void anArchiveMonthHasAFourDigitYearAndATwoDigitMonth(
      @ForAll @IntRange(min = 1, max = 9999) int year, @ForAll @IntRange(min = 1, max = 12) int month) {
    assertThat(Permalinks.archiveMonth(year, month))
        .isEqualTo(String.format(Locale.ROOT, "archive/%04d/%02d/", year, month));
  }
}
