package dev.broadsheet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.RawHtml;
import org.junit.jupiter.api.Test;

class MarkdownConverterTest {
  private final MarkdownConverter converter = new MarkdownConverter(RawHtml.PASS);

  private String html(String markdown) {
    return converter.convert(markdown, "world", 4, "/").html();
  }

  @Test
  void rendersTables() {
    assertThat(html("| a | b |\n|---|---|\n| 1 | 2 |\n")).contains("<table>", "<th>a</th>", "<td>2</td>");
  }

  @Test
  void rendersFootnotes() {
    assertThat(html("Claim.[^1]\n\n[^1]: Source.\n"))
        .contains("class=\"footnote-ref\"", "class=\"footnotes\"", "Source.");
  }

  @Test
  void rendersStrikethroughAndAutolinks() {
    assertThat(html("~~old~~ see https://example.org/x"))
        .contains("<del>old</del>", "<a href=\"https://example.org/x\">https://example.org/x</a>");
  }

  @Test
  void givesHeadingsAnchors() {
    assertThat(html("## Timing still open\n")).contains("<h2 id=\"timing-still-open\">");
  }

  @Test
  void passesRawHtmlThroughByDefault() {
    assertThat(html("<aside class=\"note\">Note</aside>\n")).contains("<aside class=\"note\">");
    assertThat(new MarkdownConverter(RawHtml.ESCAPE).convert("<b>x</b>", "", 0, "/").html())
        .contains("&lt;b&gt;");
  }

  @Test
  void rewritesRelativeImagesToSitePathsAndRecordsTheirLines() {
    var c = converter.convert("Text\n\n![Map](maps/area.png \"t\")\n", "world", 4, "/news/");
    assertThat(c.html()).contains("src=\"/news/world/maps/area.png\"");
    assertThat(c.references()).singleElement().satisfies(r -> {
      assertThat(r.resolved()).isEqualTo("world/maps/area.png");
      assertThat(r.line()).isEqualTo(7);
      assertThat(r.column()).isEqualTo(1);
    });
  }

  @Test
  void leavesAbsoluteAndExternalImagesAlone() {
    assertThat(html("![a](https://cdn.example/x.png) ![b](/img/y.png)"))
        .contains("src=\"https://cdn.example/x.png\"", "src=\"/img/y.png\"");
  }

  @Test
  void marksLinksToArticleFilesForTheRenderStage() {
    assertThat(html("[story](../business/rates.md#details)"))
        .contains("href=\"" + MarkdownConverter.ARTICLE_LINK + "business/rates.md#details\"");
  }

  @Test
  void summaryIsTheFirstTopLevelParagraphAsText() {
    var c = converter.convert("> quoted\n\nThe *first* [paragraph](x.md)\nwraps `code`.[^1]\n\nSecond.\n\n[^1]: Note.",
        "", 0, "/");
    assertThat(c.summary()).isEqualTo("The first paragraph wraps code.");
  }

  @Test
  void countsWords() {
    assertThat(converter.convert("One two, three.\n\n- four\n- five-six\n", "", 0, "/").wordCount())
        .isEqualTo(5);
    assertThat(MarkdownConverter.countWords("it's São Paulo")).isEqualTo(3);
    // Chinese and Japanese count a word a character; Korean is written with spaces.
    assertThat(MarkdownConverter.countWords("北京举行新闻发布会。")).isEqualTo(9);
    assertThat(MarkdownConverter.countWords("東京でニュース")).isEqualTo(7);
    assertThat(MarkdownConverter.countWords("서울에서 회의가 열렸다")).isEqualTo(3);
  }
}
