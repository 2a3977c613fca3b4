package dev.broadsheet.security;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testutil.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's rawHtml: pass (the default), escape or sanitize. */
class RawHtmlPolicyTest {
  @TempDir Path dir;

  static final String BODY = """
      Intro with a [link](../business/b.md) and a [bad link](javascript:alert(1)).

      <div class="note" onclick="steal()"><b>Note</b><script>alert(1)</script></div>

      <iframe src="https://evil.example/"></iframe>

      ## A heading

      | a | b |
      |---|---|
      | 1 | 2 |

      Text with a footnote.[^1] ~~gone~~ ![chart](/img/chart.png)

      [^1]: The note.
      """;

  private Element body(String policy) {
    TestSite site = TestSite.write(dir, config(policy.isEmpty() ? "" : "rawHtml: " + policy)
        + article("world/a.md", "title: A\ndate: 2024-01-01", BODY)
        + article("business/b.md", "title: B\ndate: 2024-01-01", "x")
        + "=== static/img/chart.png\npng\n");
    site.buildClean();
    return site.page("world/2024/01/01/a/index.html").selectFirst(".article-body");
  }

  @Test
  void passKeepsTheNewsroomsHtmlAsItIs() {
    Element body = body("");
    assertThat(body.select("div.note[onclick] b").text()).isEqualTo("Note");
    assertThat(body.select("iframe")).hasSize(1);
    assertThat(body.select("script")).hasSize(1);
  }

  @Test
  void escapeShowsRawHtmlAsText() {
    Element body = body("escape");
    assertThat(body.select("div.note, iframe, script")).isEmpty();
    assertThat(body.text()).contains("<div class=\"note\" onclick=\"steal()\">", "<iframe");
    assertThat(body.select("a").eachAttr("href")).contains("/business/2024/01/01/b/")
        .noneMatch(h -> h.startsWith("javascript"));
    assertThat(body.select("h2#a-heading, table, del, sup.footnote-ref")).hasSize(4);
  }

  @Test
  void sanitizeKeepsSafeMarkupAndDropsTheRest() {
    Element body = body("sanitize");
    assertThat(body.select("div.note b").text()).isEqualTo("Note");
    assertThat(body.select("[onclick], iframe, script")).isEmpty();
    assertThat(body.select("a").eachAttr("href")).contains("/business/2024/01/01/b/", "#fn-1")
        .noneMatch(h -> h.startsWith("javascript"));
    assertThat(body.select("h2#a-heading, table, del, sup.footnote-ref, section.footnotes")).hasSize(5);
    assertThat(body.select("img").attr("src")).isEqualTo("/img/chart.png");
  }

  @Test
  void anUnknownPolicyIsAnError() {
    TestSite site = TestSite.write(dir, config("rawHtml: strip"));
    assertThat(TestSite.messages(site.build()))
        .contains("site.yaml:4:10: error: rawHtml must be pass, escape or sanitize, not 'strip'");
  }
}
