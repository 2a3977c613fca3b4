package dev.broadsheet.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Utf8Writer} must give the bytes {@code String.getBytes(UTF_8)} gives, however it is fed. */
class Utf8WriterProperties {

  @Property
  void anyTextInAnyPiecesGivesTheBytesOfEncodingItWhole(@ForAll("pieces") List<String> pieces) {
    Utf8Writer out = new Utf8Writer(16);
    feed(out, pieces);
    assertThat(out.toByteArray())
        .isEqualTo(String.join("", pieces).getBytes(StandardCharsets.UTF_8));
  }

  /** A writer used again after reset gives what a new one would (a page after another). */
  @Property
  void aResetWriterKeepsNothingOfWhatWentBefore(
      @ForAll("pieces") List<String> before, @ForAll("pieces") List<String> pieces) {
    Utf8Writer out = new Utf8Writer(16);
    feed(out, before);
    out.toByteArray();
    out.reset();
    feed(out, pieces);
    assertThat(out.toByteArray())
        .isEqualTo(String.join("", pieces).getBytes(StandardCharsets.UTF_8));
  }

  private static void feed(Utf8Writer out, List<String> pieces) {
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      switch (i % 4) {
        case 0 -> out.write("<" + piece + ">", 1, piece.length());
        case 1 -> out.write(piece.toCharArray(), 0, piece.length());
        case 2 -> {
          if (piece.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            out.write(piece, 0, piece.length());
          } else {
            out.writeUtf8(piece.getBytes(StandardCharsets.UTF_8));
          }
        }
        default -> piece.chars().forEach(out::write);
      }
    }
  }

  @Property
  void longTextGrowsTheBufferAndKeepsEveryByte(@ForAll("longText") String text) {
    Utf8Writer out = new Utf8Writer(0);
    out.write(text, 0, text.length());
    assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Text with ASCII, Latin-1, other scripts, whole and split surrogate pairs and lone halves. */
  @Provide
  Arbitrary<List<String>> pieces() {
    Arbitrary<String> piece = Arbitraries.of("a", "<p>", "é", "’", "–", "中", "\uD83D\uDCF0", "\uD83D",
            "\uDCF0", "\u0000", "\u007F", "\u0080", "\u07FF", "\u0800", "\uFFFF", " ")
        .list().ofMaxSize(6).map(parts -> String.join("", parts));
    return piece.list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> longText() {
    return Arbitraries.strings().all().ofMinLength(2000).ofMaxLength(9000);
  }
}
