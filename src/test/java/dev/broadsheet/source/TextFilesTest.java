package dev.broadsheet.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFilesTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void decodesUtf8AndNormalisesLineEndings() throws Exception {
    assertThat(TextFiles.decode(utf8("\uFEFFtitle: Café\r\n\r\nIt’s 5 °C — 中文 \uD83D\uDCF0\rend")))
        .isEqualTo("title: Café\n\nIt’s 5 °C — 中文 \uD83D\uDCF0\nend");
  }

  @Test
  void keepsAReplacementCharacterTheFileHolds() throws Exception {
    assertThat(TextFiles.decode(utf8("a \uFFFD b"))).isEqualTo("a \uFFFD b");
  }

  @Test
  void reportsTheLineAndColumnOfTheFirstByteThatIsNotUtf8() {
    byte[] latin1 = "title: x\nCaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> TextFiles.decode(latin1))
        .isInstanceOfSatisfying(TextFiles.InvalidTextException.class, e -> {
          assertThat(e.getMessage()).contains("not valid UTF-8");
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(4);
        });
  }

  @Test
  void refusesEncodedSurrogatesAndNulBytes() {
    byte[] cesu = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
    assertThatThrownBy(() -> TextFiles.decode(cesu)).hasMessageContaining("not valid UTF-8");
    assertThatThrownBy(() -> TextFiles.decode(new byte[] {'a', 0, 'b'}))
        .hasMessageContaining("binary");
  }

  @Test
  void replacesControlCharactersOneForOneAndSaysWhereTheFirstIs() throws Exception {
    byte[] bytes = utf8("\uFEFFtitle: Zürich\r\nsoft\u000Bbreak, \u001B[31m, tab\tand \u007F.\n");
    int[] controls = new int[3];

    assertThat(TextFiles.decode(bytes, controls))
        .isEqualTo("title: Zürich\nsoft break,  [31m, tab\tand  .\n");
    assertThat(controls).containsExactly(3, 23, 0x0b);
    assertThat(TextFiles.position(bytes, controls[1])).containsExactly(2, 5);
    assertThat(TextFiles.position(utf8("\uFEFFab\u0007"), 5)).containsExactly(1, 3);
    assertThat(TextFiles.position(utf8("a\rb\r\ncd\u0007"), 7)).as("old Mac and Windows line ends")
        .containsExactly(3, 3);
    assertThat(TextFiles.decode(bytes)).as("without counting, as the file is")
        .contains("soft\u000Bbreak");
    assertThat(bytes[23]).as("the caller's bytes are left as they are").isEqualTo((byte) 0x0b);
  }

  @Test
  void aFileWithoutControlCharactersComesBackAsItIs() throws Exception {
    int[] controls = new int[3];
    assertThat(TextFiles.decode(utf8("Plain text, 中文 and \uD83D\uDCF0.\n"), controls))
        .isEqualTo("Plain text, 中文 and \uD83D\uDCF0.\n");
    assertThat(controls[0]).isZero();
  }
}
