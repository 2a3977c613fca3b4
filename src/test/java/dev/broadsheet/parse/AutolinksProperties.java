package dev.broadsheet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** {@link Autolinks} must link exactly what commonmark's own autolink extension links. */
class AutolinksProperties {
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

  private static Parser parser(Extension autolinks) {
    return Parser.builder().extensions(List.of(TablesExtension.create(), autolinks))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
  }

  private static final Parser OURS = parser(Autolinks.create());
  private static final Parser THEIRS = parser(AutolinkExtension.create());
  private static final Parser NONE = Parser.builder().build();

  @Property
  void linksWhatTheExtensionLinks(@ForAll("markdown") String markdown) {
    assertThat(RENDERER.render(OURS.parse(markdown)))
        .isEqualTo(RENDERER.render(THEIRS.parse(markdown)));
  }

  @Example
  void looksNoFurtherInTextWithoutBareAddresses() {
    assertThat(Autolinks.mayHoldLinks(NONE.parse(
        "Talks resumed in [Geneva](https://example.org/geneva) on *Monday*: no deal (yet).")))
        .isFalse();
    assertThat(Autolinks.mayHoldLinks(NONE.parse("Ask at the [desk](mailto:desk@example.org)")))
        .isFalse();
    assertThat(Autolinks.mayHoldLinks(NONE.parse("Write to desk@example.org."))).isTrue();
    assertThat(Autolinks.mayHoldLinks(NONE.parse("See www.example.org today"))).isTrue();
    assertThat(Autolinks.mayHoldLinks(NONE.parse("| a |\n|---|\n| ftp://x.org |"))).isTrue();
  }

  /** Lines of text, links, addresses, near misses and markup, in any order. */
  @Provide
  Arbitrary<String> markdown() {
    Arbitrary<String> piece = Arbitraries.of("talks", " ", "\n", "\n\n", ":", "//", "@", "w",
        "www.", "WWW.example.org", "www.example.org/a?b=c.", "https://example.org/x_(y)",
        "mailto:desk@example.org", "desk@example.org", "a@b", "ftp://files.example.org",
        "[link](https://example.org)", "<https://example.org>", "`code https://x.org`", "*em*",
        "> ", "- ", "| a |\n|---|\n| https://t.example |\n", "é", "’", "http:", "x://y");
    return piece.list().ofMaxSize(14).map(parts -> String.join("", parts));
  }
}
