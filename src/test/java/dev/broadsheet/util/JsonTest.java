package dev.broadsheet.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
  private static final Object HOSTILE = OrderedMaps.of("t",
      "</script><b>Tom & Jerry</b>\u2028next\u2029line – “quoted” 中文 \uD83D\uDCF0");

  @Test
  void markupAndLineSeparatorsAreEscapedSoJsonIsSafeInAScriptElement() {
    String compact = Json.compact(HOSTILE);
    assertThat(compact).isEqualTo("{\"t\":\"\\u003C/script\\u003E\\u003Cb\\u003ETom \\u0026 Jerry"
        + "\\u003C/b\\u003E\\u2028next\\u2029line – “quoted” 中文 \uD83D\uDCF0\"}");
  }

  @Test
  void bytesAreTheUtf8OfTheIndentedTextAndALineEnd() {
    assertThat(Json.bytes(List.of(HOSTILE)))
        .isEqualTo((Json.write(List.of(HOSTILE)) + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
