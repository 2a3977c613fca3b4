package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.testutil.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live coverage: `live: true` and updates that start with their time. */
class LiveCoverageTest {
  @TempDir Path dir;

  private static final String LIVE = article("world/talks.md", """
      title: Talks resume in Geneva
      date: 2026-11-26T08:00:00+01:00
      live: true
      """, """
      Negotiators are meeting for a second day.

      ## 2026-11-27 09:05 Second day opens
      Delegations returned at nine.

      ## 16:40 – Talks break for the night
      Both sides called the day constructive.

      ## 08:12
      The first delegation has arrived.
      """);

  private static JsonNode jsonLd(Document page) throws Exception {
    return new ObjectMapper().readTree(page.select("script[type=application/ld+json]").first().data())
        .get("@graph").get(0);
  }

  @Test
  void aLiveArticleIsLabelledAndItsTimedHeadingsAreItsUpdates() throws Exception {
    TestSite site = TestSite.write(dir, config("timeZone: Europe/Zurich") + LIVE
        + article("world/quiet.md", "title: Quiet day\ndate: 2026-11-25T10:00:00Z",
            "## 10:00 Nothing live\nA heading with a time in an article that is not live."));
    BuildReport report = site.buildClean();
    assertThat(TestSite.messages(report)).isEmpty();
    Document page = site.page("world/2026/11/26/talks/index.html");
    assertThat(page.select(".article-header .kicker .flag").text()).isEqualTo("Live");
    assertThat(site.page("world/index.html").select(".card .flag")).hasSize(1);
    JsonNode ld = jsonLd(page);
    assertThat(ld.get("@type").asText()).isEqualTo("LiveBlogPosting");
    assertThat(ld.get("coverageStartTime").asText()).isEqualTo("2026-11-26T08:00:00+01:00");
    JsonNode updates = ld.get("liveBlogUpdate");
    assertThat(updates).hasSize(3);
    assertThat(updates.get(0).get("headline").asText()).isEqualTo("Second day opens");
    assertThat(updates.get(0).get("datePublished").asText()).isEqualTo("2026-11-27T09:05:00+01:00");
    assertThat(updates.get(0).get("url").asText()).isEqualTo(
        "https://test.example/world/2026/11/26/talks/#2026-11-27-0905-second-day-opens");
    // Each update's time is set apart from its headline, as the time it stands for.
    assertThat(page.select("#2026-11-27-0905-second-day-opens time.update-time").attr("datetime"))
        .isEqualTo("2026-11-27T09:05:00+01:00");
    assertThat(page.select("h2 time.update-time").eachText())
        .containsExactly("2026-11-27 09:05", "16:40", "08:12");
    assertThat(page.select("h2:has(time)").eachText()).containsExactly(
        "2026-11-27 09:05 Second day opens", "16:40 Talks break for the night", "08:12");
    assertThat(updates.get(1).get("datePublished").asText()).isEqualTo("2026-11-26T16:40:00+01:00");
    // An update with only its time takes the article's headline.
    assertThat(updates.get(2).get("headline").asText()).isEqualTo("Talks resume in Geneva");
    // The newest update is the article's last change.
    assertThat(ld.get("dateModified").asText()).isEqualTo("2026-11-27T09:05:00+01:00");
    assertThat(site.read("atom.xml")).contains("<updated>2026-11-27T09:05:00+01:00</updated>");
    assertThat(page.select(".times .updated time").attr("datetime"))
        .isEqualTo("2026-11-27T09:05:00+01:00");

    Document quiet = site.page("world/2026/11/25/quiet/index.html");
    assertThat(quiet.select(".article-header .flag")).isEmpty();
    assertThat(jsonLd(quiet).get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(jsonLd(quiet).has("liveBlogUpdate")).isFalse();

    // Pages made again from the article cache (a template changed) are the same.
    String first = site.read("world/2026/11/26/talks/index.html");
    site.file("templates/unused.ftlh", "<#-- changes the templates' hash -->");
    site.buildClean();
    assertThat(site.read("world/2026/11/26/talks/index.html")).isEqualTo(first);
  }

  @Test
  void updatesThatCannotBeReadAreWarningsAtTheLiveKey() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md", """
        title: A
        date: 2026-11-26T12:00:00Z
        live: true
        """, "## 09:00 Before the article\nx\n\n## 24:30 No such time\ny")
        + article("world/b.md", "title: B\ndate: 2026-11-26T12:00:00Z\nlive: true", "No updates."));
    BuildReport report = site.buildClean();
    assertThat(TestSite.messages(report).lines()).containsExactlyInAnyOrder(
        "content/world/a.md:4:7: warning: the update '09:00 Before the article' is dated"
            + " 2026-11-26T09:00Z, before the article's date; write the day before its time if it"
            + " is a later one: '## 2026-11-27 09:00 ...'",
        "content/world/a.md:4:7: warning: the heading '24:30 No such time' starts with '24:30',"
            + " which is no date and time there is, so it is not an update; write a time from"
            + " 00:00 to 23:59, with its day before it if it is not the article's:"
            + " '## 2026-11-29 14:30 ...'",
        "content/world/b.md:4:7: warning: this live article has no updates: start each with a"
            + " heading of its time, such as '## 14:30 Talks resume', newest first");
  }
}
