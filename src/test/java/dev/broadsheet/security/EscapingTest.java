package dev.broadsheet.security;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.build.BuildReport;
import dev.broadsheet.testutil.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile value in every front-matter field reaches HTML text, attributes, URLs and JSON-LD
 * escaped for its context, and never becomes markup or script. (Feeds and sitemaps: see
 * SyndicationTest.)
 */
class EscapingTest {
  @TempDir Path dir;
  static final String EVIL = "\"><img src=x onerror=alert(1)>' </script><script>alert(2)</script> & é";

  private static String yaml(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  @Test
  void everyFieldIsEscapedForItsContext() {
    // Typography off: the straight quotes must reach every escaper as typed.
    TestSite site = TestSite.write(dir, config("typography: false\ndescription: " + yaml(EVIL)
        + "\npublisher: { name: " + yaml(EVIL) + " }") + article("world/a.md",
        "title: " + yaml(EVIL) + "\ndek: " + yaml(EVIL) + "\ndate: 2024-01-01\nauthors: [" + yaml(EVIL)
            + "]\nsource: " + yaml(EVIL) + "\nlocation: " + yaml(EVIL) + "\ntags: [" + yaml(EVIL)
            + "]\nimage: { src: 'https://cdn.example/x.png?a=1&b=\"2\"', alt: " + yaml(EVIL)
            + ", caption: " + yaml(EVIL) + ", credit: " + yaml(EVIL) + " }"
            + "\ncorrections: [{ date: 2024-01-02, text: " + yaml(EVIL) + " }]", "Body."));
    BuildReport report = site.build();
    assertThat(report.errors()).as(TestSite.messages(report)).isZero();
    for (String file : site.outputFiles()) {
      if (!file.endsWith(".html")) {
        continue;
      }
      Document page = site.page(file);
      assertThat(page.select("img[onerror]")).as(file).isEmpty();
      // The only script that is not data is the search page's own, from the theme.
      assertThat(page.select("script:not([type=application/ld+json])").eachAttr("src")).as(file)
          .allMatch("/assets/search.js"::equals);
      assertThat(page.select("script:not([src])").eachAttr("type")).as(file)
          .allMatch("application/ld+json"::equals);
    }
    Document a = site.page("world/2024/01/01/a/index.html");
    assertThat(a.select("h1").text()).isEqualTo(EVIL.replaceAll("\\s+", " "));
    assertThat(a.select("meta[property=og:title]").attr("content")).isEqualTo(EVIL);
    assertThat(a.select("meta[name=description]").attr("content")).isEqualTo(EVIL);
    assertThat(a.select("figure img").attr("alt")).isEqualTo(EVIL);
    assertThat(a.select("figure img").attr("src")).isEqualTo("https://cdn.example/x.png?a=1&b=\"2\"");
    assertThat(a.select(".tags a").attr("href")).matches("/tags/[a-z0-9-]+/");
    assertThat(a.select(".byline a").attr("href")).matches("/authors/[a-z0-9-]+/");
    assertThat(a.select(".corrections li").text()).contains(EVIL.replaceAll("\\s+", " "));
    assertThat(a.select("script[type=application/ld+json]").get(0).data()).doesNotContain("</script");
  }

  @Test
  void dangerousUrlsInFrontMatterAreRefused() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md",
        "title: A\ndate: 2024-01-01\nimage: { src: 'javascript:alert(1)', alt: x }", "x") + """
        === content/authors/eve.yaml
        name: Eve
        photo: "data:text/html,<script>alert(1)</script>"
        links:
          website: "javascript:alert(1)"
          email: eve@example.org
        """);
    BuildReport report = site.build();
    assertThat(TestSite.messages(report)).contains(
        "content/world/a.md:4:15: error: image 'javascript:alert(1)' must be a file of the site or an http(s) URL",
        "content/authors/eve.yaml:2:8: error: photo 'data:text/html,<script>alert(1)</script>' must be a file of the site or an http(s) URL",
        "content/authors/eve.yaml:4:12: error: link 'javascript:alert(1)' must be an http(s) or mailto:"
            + " address, or a path of the site from its root (/about/)");
  }
}
