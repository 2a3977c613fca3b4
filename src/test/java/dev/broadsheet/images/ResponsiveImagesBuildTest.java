package dev.broadsheet.images;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.build.BuildReport;
import dev.broadsheet.problem.Problem;
import dev.broadsheet.testutil.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lead and body images come out resized, with srcset, sizes and dimensions. */
class ResponsiveImagesBuildTest {
  @TempDir Path dir;

  @Test
  void leadAndBodyImagesAreResponsiveAndCardsUseALargeVersion() throws Exception {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md",
        "title: A\ndate: 2024-01-01\nimage: { src: lead.jpg, alt: The lead }",
        "Text.\n\n![A chart](chart.png \"Chart\")\n\nMore text."));
    ImagePipelineTest.picture(dir.resolve("content/world/lead.jpg"), 2400, 1600, "jpg");
    ImagePipelineTest.picture(dir.resolve("content/world/chart.png"), 1000, 600, "png");
    BuildReport report = site.build();
    assertThat(report.problems()).as(TestSite.messages(report)).isEmpty();
    Document page = site.page("world/2024/01/01/a/index.html");
    Element lead = page.selectFirst("figure img");
    assertThat(lead.attr("width")).isEqualTo("2400");
    assertThat(lead.attr("height")).isEqualTo("1600");
    assertThat(lead.attr("srcset")).isEqualTo("/world/lead-480w.jpg 480w, /world/lead-960w.jpg 960w,"
        + " /world/lead-1600w.jpg 1600w, /world/lead.jpg 2400w");
    assertThat(lead.attr("sizes")).isNotEmpty();
    assertThat(lead.hasAttr("loading")).isFalse();
    Element body = page.selectFirst(".article-body img");
    assertThat(body.attr("src")).isEqualTo("/world/chart.png");
    assertThat(body.attr("alt")).isEqualTo("A chart");
    assertThat(body.attr("title")).isEqualTo("Chart");
    assertThat(body.attr("width")).isEqualTo("1000");
    assertThat(body.attr("height")).isEqualTo("600");
    assertThat(body.attr("srcset")).isEqualTo("/world/chart-480w.png 480w, /world/chart-960w.png 960w, /world/chart.png 1000w");
    assertThat(body.attr("loading")).isEqualTo("lazy");
    for (String file : new String[] {"world/lead-480w.jpg", "world/lead-960w.jpg", "world/lead-1600w.jpg",
        "world/chart-480w.png", "world/chart-960w.png"}) {
      assertThat(site.exists(file)).as(file).isTrue();
    }
    assertThat(page.select("meta[property=og:image]").attr("content"))
        .isEqualTo("https://test.example/world/lead-1600w.jpg");
    // Search engines get the lead image cut to 16:9, 4:3 and 1:1, at most 1,200 px wide.
    assertThat(page.select("script[type=application/ld+json]").get(0).data()).contains(
        "\"image\":[\"https://test.example/world/lead-16x9.jpg\",\"https://test.example/world/lead-4x3.jpg\","
            + "\"https://test.example/world/lead-1x1.jpg\"]");
    assertThat(ImagePipelineTest.size(site.output().resolve("world/lead-16x9.jpg"))).containsExactly(1200, 675);
    assertThat(ImagePipelineTest.size(site.output().resolve("world/lead-4x3.jpg"))).containsExactly(1200, 900);
    assertThat(ImagePipelineTest.size(site.output().resolve("world/lead-1x1.jpg"))).containsExactly(1200, 1200);
    // A body image is not cut.
    assertThat(site.outputFiles()).noneMatch(f -> f.startsWith("world/chart-") && f.contains("x"));
    assertThat(site.page("index.html").selectFirst(".card-image img").attr("srcset")).contains("lead-480w.jpg 480w");

    // Made again from the article cache (a template changed), the page and the cuts are the same.
    String first = site.read("world/2024/01/01/a/index.html");
    site.file("templates/unused.ftlh", "<#-- changes the templates' hash -->");
    assertThat(site.build().problems()).isEmpty();
    assertThat(site.read("world/2024/01/01/a/index.html")).isEqualTo(first);
    assertThat(site.exists("world/lead-16x9.jpg")).isTrue();
  }

  @Test
  void aSmallOrSquareLeadImageIsCutOnlyToWhatItCanGive() throws Exception {
    TestSite site = TestSite.write(dir, config("")
        + article("world/small.md", "title: Small\ndate: 2024-01-01\nimage: { src: small.png, alt: Small }", "x")
        + article("world/square.md", "title: Square\ndate: 2024-01-02\nimage: { src: square.png, alt: Square }", "y"));
    ImagePipelineTest.picture(dir.resolve("content/world/small.png"), 300, 200, "png");
    ImagePipelineTest.picture(dir.resolve("content/world/square.png"), 800, 800, "png");
    site.build();
    // 300 x 200: a 1:1 cut would have 40,000 pixels, fewer than the 50,000 Google takes.
    assertThat(site.page("world/2024/01/01/small/index.html").select("script[type=application/ld+json]")
        .get(0).data()).contains("\"image\":[\"https://test.example/world/small-16x9.png\","
            + "\"https://test.example/world/small-4x3.png\"]");
    assertThat(ImagePipelineTest.size(site.output().resolve("world/small-16x9.png"))).containsExactly(300, 169);
    assertThat(site.exists("world/small-1x1.png")).isFalse();
    // A square image is its own 1:1.
    assertThat(site.page("world/2024/01/02/square/index.html").select("script[type=application/ld+json]")
        .get(0).data()).contains("\"image\":[\"https://test.example/world/square-16x9.png\","
            + "\"https://test.example/world/square-4x3.png\",\"https://test.example/world/square.png\"]");
    assertThat(site.exists("world/square-1x1.png")).isFalse();
  }

  @Test
  void anImageWhoseNameHoldsASpaceIsAddressedEncodedEverywhere() throws Exception {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md",
        "title: A\ndate: 2024-01-01\nimage: { src: harbour view.jpg, alt: The harbour }",
        "Text.\n\n![A chart](<sales 100%.png>)"));
    ImagePipelineTest.picture(dir.resolve("content/world/harbour view.jpg"), 2400, 1600, "jpg");
    ImagePipelineTest.picture(dir.resolve("content/world/sales 100%.png"), 1000, 600, "png");
    BuildReport report = site.build();
    assertThat(report.problems()).as(TestSite.messages(report)).isEmpty();
    Document page = site.page("world/2024/01/01/a/index.html");
    Element lead = page.selectFirst("figure img");
    assertThat(lead.attr("src")).isEqualTo("/world/harbour%20view.jpg");
    assertThat(lead.attr("srcset")).isEqualTo("/world/harbour%20view-480w.jpg 480w,"
        + " /world/harbour%20view-960w.jpg 960w, /world/harbour%20view-1600w.jpg 1600w,"
        + " /world/harbour%20view.jpg 2400w");
    Element body = page.selectFirst(".article-body img");
    assertThat(body.attr("src")).isEqualTo("/world/sales%20100%25.png");
    assertThat(body.attr("srcset")).startsWith("/world/sales%20100%25-480w.png 480w,");
    assertThat(page.select("meta[property=og:image]").attr("content"))
        .isEqualTo("https://test.example/world/harbour%20view-1600w.jpg");
    assertThat(site.page("index.html").selectFirst(".card-image img").attr("src"))
        .isEqualTo("/world/harbour%20view.jpg");
    for (String file : new String[] {"world/harbour view.jpg", "world/harbour view-480w.jpg",
        "world/sales 100%.png", "world/sales 100%-480w.png"}) {
      assertThat(site.exists(file)).as(file).isTrue();
    }
  }

  @Test
  void imageProblemsAreReportedByBuildAndCheck() throws Exception {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md",
        "title: A\ndate: 2024-01-01\nimage: { src: small.jpg, alt: Small }", "![broken](broken.png)"));
    ImagePipelineTest.picture(dir.resolve("content/world/small.jpg"), 800, 500, "jpg");
    Files.writeString(dir.resolve("content/world/broken.png"), "not a png");
    BuildReport build = site.build();
    assertThat(build.published()).isTrue();
    assertThat(build.problems()).extracting(Problem::format).containsExactly(
        "content/world/a.md:4:15: warning: lead image is 800 px wide; search results and social cards want at least 1200 px, so use a larger original",
        "content/world/a.md:6:1: warning: cannot read image 'world/broken.png': not a PNG file Broadsheet can read, or damaged");
    BuildReport check = site.build(site.options().withWrite(false));
    assertThat(check.problems()).extracting(Problem::format).contains(
        "content/world/a.md:6:1: error: cannot read image 'world/broken.png': not a PNG file Broadsheet can read, or damaged");
  }
}
