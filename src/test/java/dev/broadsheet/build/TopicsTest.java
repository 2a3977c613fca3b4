package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testutil.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topics declared in site.yaml: a slug of the newsroom's choosing, a name and a description. */
class TopicsTest {
  @TempDir Path dir;

  @Test
  void aTopicGivesItsTagAPageAddressANameAndADescription() {
    TestSite site = TestSite.write(dir, config("""
        sections:
          - { key: world, title: World, description: "The world's news -- as it happens." }
        topics:
          - name: 气候变化
            slug: climate-change
            description: Reporting on the warming world.
          - name: Trade
            description: 'Tariffs, ports and "free" markets.'
          - name: World Cup
        """)
        + article("world/a.md", "title: A\ndate: 2024-01-01\ntags: [气候变化, trade]", "x")
        + article("world/b.md", "title: B\ndate: 2024-01-02\ntags: [world cup]", "y"));
    BuildReport report = site.buildClean();
    assertThat(TestSite.messages(report)).isEmpty();
    Document climate = site.page("tags/climate-change/index.html");
    assertThat(climate.select("h1").text()).isEqualTo("气候变化");
    assertThat(climate.select(".list-header .dek").text()).isEqualTo("Reporting on the warming world.");
    assertThat(climate.select("meta[name=description]").attr("content"))
        .isEqualTo("Reporting on the warming world.");
    assertThat(site.page("world/2024/01/01/a/index.html").select("a[href$=/tags/climate-change/]"))
        .isNotEmpty();
    // The name as site.yaml writes it titles the page, whatever case the articles use.
    assertThat(site.page("tags/trade/index.html").select("h1").text()).isEqualTo("Trade");
    assertThat(site.page("tags/world-cup/index.html").select("h1").text()).isEqualTo("World Cup");
    // A topic without a description keeps the theme's words and its count as the dek.
    assertThat(site.page("tags/world-cup/index.html").select(".list-header .dek").text())
        .isEqualTo("1 article");
    assertThat(site.page("tags/trade/index.html").select(".list-header .meta").text())
        .isEqualTo("1 article");
    // Descriptions and section titles are set as articles' texts are.
    assertThat(site.page("tags/trade/index.html").select(".list-header .dek").text())
        .isEqualTo("Tariffs, ports and “free” markets.");
    assertThat(site.page("world/index.html").select(".list-header .dek").text())
        .isEqualTo("The world’s news – as it happens.");
    assertThat(site.root().resolve("output/tags").toFile().list())
        .noneMatch(name -> name.startsWith("x-"));
  }

  @Test
  void aTopicNoArticleNamesIsAWarningWithTheTagItMayMean() {
    TestSite site = TestSite.write(dir, config("""
        topics:
          - name: Elections
            description: Votes.
          - name: Drafts only
        """)
        + article("world/a.md", "title: A\ndate: 2024-01-01\ntags: [Election]", "x")
        + article("world/b.md", "title: B\ndate: 2024-01-02\ndraft: true\ntags: [Drafts only]", "y"));
    BuildReport report = site.buildClean();
    // A topic only a draft names is not reported: it is ready for the draft's publication.
    assertThat(TestSite.messages(report).lines()).containsExactly(
        "site.yaml:5:11: warning: topic 'Elections' is in no"
            + " article's tags; write it as the articles do; did you mean 'Election'?");
    assertThat(site.page("tags/election/index.html").select("h1").text()).isEqualTo("Election");
  }
}
