package dev.broadsheet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatesTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "2023-02-21T14:30:00+03:00, 2023-02-21T11:30Z",
      "2023-02-21T14:30:00Z, 2023-02-21T14:30Z",
      "2023-02-21T14:30:00.250Z, 2023-02-21T14:30:00.250Z",
      "2023-02-21 14:30:00 +0300, 2023-02-21T11:30Z",
      "2023-02-21 14:30:00 -0500, 2023-02-21T19:30Z",
      "2023-02-21 14:30 +03:00, 2023-02-21T11:30Z",
      "2023-07-01T14:30:00, 2023-07-01T13:30Z",
      "2023-07-01 14:30, 2023-07-01T13:30Z",
      "2023-07-01, 2023-06-30T23:00Z",
      "2023-01-10, 2023-01-10T00:00Z"})
  void readsEveryFormPublishersWrite(String text, String instant) {
    var parsed = Dates.parse(text, LONDON);
    assertThat(parsed.toInstant().toString()).isEqualTo(java.time.Instant.parse(
        instant.length() == 17 ? instant.replace("Z", ":00Z") : instant).toString());
    assertThat(parsed.getZone()).isEqualTo(LONDON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tomorrow", "2023-02-30", "21/02/2023", "2023-02-21T25:00:00Z", ""})
  void rejectsWhatIsNotADate(String text) {
    assertThatThrownBy(() -> Dates.parse(text, LONDON)).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void readsTheDateOfAJekyllFileName() {
    assertThat(Dates.fromFileName("2015-05-15-some-title")).contains(LocalDate.of(2015, 5, 15));
    assertThat(Dates.fromFileName("some-title")).isEmpty();
    assertThat(Dates.fromFileName("2015-13-45-bad")).isEmpty();
    assertThat(Dates.stripDatePrefix("2015-05-15-some-title")).isEqualTo("some-title");
  }

  /** What {@link Dates#parse(String, ZoneId, java.util.function.Consumer)} says is unclear. */
  private static String unclear(String text, ZoneId zone) {
    String[] told = {null};
    Dates.parse(text, zone, m -> told[0] = m);
    return told[0];
  }

  @Test
  void aLocalTimeTheClocksSkippedOrRepeatedIsToldAndOthersAreNot() {
    ZoneId newYork = ZoneId.of("America/New_York");
    assertThat(unclear("2024-03-10T02:30:00", newYork))
        .contains("skipped", "03:30 -04:00", "2024-03-10T03:30-04:00");
    assertThat(Dates.parse("2024-03-10T02:30:00", newYork).toString())
        .isEqualTo("2024-03-10T03:30-04:00[America/New_York]");
    assertThat(unclear("2024-11-03 01:30", newYork)).contains("happened twice", "01:30 -04:00");
    assertThat(unclear("2024-03-10T03:30:00", newYork)).isNull();
    assertThat(unclear("2024-11-03T01:30:00-05:00", newYork)).isNull();
    assertThat(unclear("2024-03-10", newYork)).isNull();
    assertThat(unclear("2024-03-10T02:30:00", ZoneId.of("UTC"))).isNull();
  }
}
