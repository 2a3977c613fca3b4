package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.problem.Problem;
import dev.broadsheet.testutil.TestSite;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An author's photo must be a file the site has, as an article's images must; it is resized as
 * they are, and the author's page loads a version that fits its small portrait.
 */
class AuthorPhotoTest {
  @TempDir java.nio.file.Path dir;

  private TestSite site(String photo) {
    return TestSite.write(dir, config("") + article("world/story.md",
        "title: A story\ndate: 2024-03-01T10:00:00Z\nauthors: [amara-okafor]", "A paragraph.")
        + "=== content/authors/amara-okafor.yaml\nname: Amara Okafor\nrole: Correspondent\n"
        + "photo: " + photo + "\n");
  }

  private static byte[] jpeg(int width, int height) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", out);
    return out.toByteArray();
  }

  private static Element photo(TestSite site) {
    return site.page("authors/amara-okafor/index.html").selectFirst("img.author-photo");
  }

  @Test
  void aMissingPhotoIsReportedAtItsLineAndLeavesNoBrokenImage() {
    TestSite site = site("amara.jpg");

    BuildReport built = site.build();
    assertThat(built.published()).isTrue();
    assertThat(built.problems()).extracting(Problem::format).containsExactly(
        "content/authors/amara-okafor.yaml:3:8: warning: photo 'amara.jpg' not found (looked for"
            + " content/authors/amara.jpg and static/authors/amara.jpg)");
    assertThat(photo(site)).isNull();

    BuildReport checked = site.build(site.options().withWrite(false));
    assertThat(checked.errors()).isEqualTo(1);
  }

  @Test
  void aLargePhotoIsServedInAVersionForThePortraitWithTheOthersInItsSrcset() throws Exception {
    TestSite site = site("amara.jpg");
    site.bytes("content/authors/amara.jpg", jpeg(2000, 2000));

    BuildReport built = site.buildClean();
    assertThat(built.problems()).isEmpty();
    Element img = photo(site);
    assertThat(img.attr("src")).isEqualTo("/authors/amara-480w.jpg");
    List<String> versions = List.of(img.attr("srcset").split(", "));
    assertThat(versions).first().isEqualTo("/authors/amara-480w.jpg 480w");
    assertThat(versions).last().isEqualTo("/authors/amara.jpg 2000w");
    assertThat(img.attr("sizes")).isEqualTo("96px");
    for (String version : versions) {
      assertThat(site.exists(version.substring(1, version.indexOf(' ')))).as(version).isTrue();
    }
  }

  @Test
  void aReplacedOrDeletedPhotoReachesTheNextBuild() throws Exception {
    TestSite site = site("amara.jpg");
    site.bytes("content/authors/amara.jpg", jpeg(2000, 2000));
    site.buildClean();

    site.bytes("content/authors/amara.jpg", jpeg(1000, 1000));
    site.buildClean();
    assertThat(photo(site).attr("srcset")).endsWith("/authors/amara.jpg 1000w");
    IncrementalBuildTest.assertSameAsUncachedBuild(site, dir.resolve("clean-1"));

    java.nio.file.Files.delete(dir.resolve("content/authors/amara.jpg"));
    assertThat(site.build().published()).isTrue();
    assertThat(photo(site)).isNull();
    assertThat(site.exists("authors/amara-480w.jpg")).isFalse();
    IncrementalBuildTest.assertSameAsUncachedBuild(site, dir.resolve("clean-2"));
  }

  @Test
  void aVectorPhotoOrOneFromElsewhereIsServedAsItIs() throws Exception {
    TestSite site = site("amara.svg");
    site.file("content/authors/amara.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"96\" height=\"96\"></svg>");
    site.buildClean();
    assertThat(photo(site).attr("src")).isEqualTo("/authors/amara.svg");
    assertThat(photo(site).hasAttr("srcset")).isFalse();

    TestSite remote = site("https://images.example/amara.jpg");
    remote.buildClean();
    assertThat(photo(remote).attr("src")).isEqualTo("https://images.example/amara.jpg");
  }
}
