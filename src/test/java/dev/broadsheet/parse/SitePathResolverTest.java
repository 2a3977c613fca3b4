package dev.broadsheet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SitePathResolverTest {

  @Test
  void siteReferencesAreLocalAndOthersAreNot() {
    assertThat(SitePathResolver.isLocal("maps/area.png")).isTrue();
    assertThat(SitePathResolver.isLocal("/world/talks.md")).isTrue();
    assertThat(SitePathResolver.isLocal("../business/x.md#top")).isTrue();
    assertThat(SitePathResolver.isLocal("3:00-report.md")).isTrue();
    assertThat(SitePathResolver.isLocal("https://example.org")).isFalse();
    assertThat(SitePathResolver.isLocal("mailto:desk@example.org")).isFalse();
    assertThat(SitePathResolver.isLocal("svn+ssh:repo")).isFalse();
    assertThat(SitePathResolver.isLocal("//cdn.example.org/x.png")).isFalse();
    assertThat(SitePathResolver.isLocal("#notes")).isFalse();
    assertThat(SitePathResolver.isLocal("")).isFalse();
  }

  /** The scheme test is the one of RFC 3986, which a regular expression used to make. */
  @Property
  void aSchemeIsALetterThenLettersDigitsPlusDotOrDashThenAColon(@ForAll("refs") String ref) {
    assertThat(SitePathResolver.hasScheme(ref))
        .isEqualTo(ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*"));
  }

  @Provide
  Arbitrary<String> refs() {
    return Arbitraries.strings().withChars("aZ09+.-:/_#é ").ofMinLength(1).ofMaxLength(10);
  }
}
