package dev.broadsheet.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** A file's name as a URL path: what a URL cannot hold is encoded, the rest left as it is. */
class UrlPathsTest {
  @Test
  void encodesWhatAUrlPathCannotHold() {
    assertThat(UrlPaths.encode("world/my photo-480w.jpg")).isEqualTo("world/my%20photo-480w.jpg");
    assertThat(UrlPaths.encode("100%.png")).isEqualTo("100%25.png");
    assertThat(UrlPaths.encode("a#b?c\"d<e>f\\g^h`i{j|k}l.png"))
        .isEqualTo("a%23b%3Fc%22d%3Ce%3Ef%5Cg%5Eh%60i%7Bj%7Ck%7Dl.png");
    assertThat(UrlPaths.encode("tab\there\u00a0nbsp.png")).isEqualTo("tab%09here%C2%A0nbsp.png");
  }

  @Test
  void leavesPathsThatNeedNothingAsTheyAre() {
    String plain = "world/2024/01/02/story-1/harbour_cranes-(1),final~2.png";
    assertThat(UrlPaths.encode(plain)).isSameAs(plain);
    assertThat(UrlPaths.encode("kultur/café-東京.png")).isEqualTo("kultur/café-東京.png");
    assertThat(UrlPaths.encode("kultur/😀.png")).as("beyond the BMP, as UTF-8")
        .isEqualTo("kultur/%F0%9F%98%80.png");
  }

  @Test
  void anEncodedPathDecodesToTheFilesName() {
    for (String name : new String[] {"my photo.png", "100% sure.jpg", "a#b?.svg", "é è.png", "😀 x.png"}) {
      assertThat(URI.create("https://news.example/" + UrlPaths.encode(name)).getPath())
          .isEqualTo("/" + name);
    }
  }
}
