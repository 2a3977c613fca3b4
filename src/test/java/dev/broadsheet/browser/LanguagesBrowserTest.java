package dev.broadsheet.browser;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.config.SitePaths;
import dev.broadsheet.serve.ServeSession;
import dev.broadsheet.testutil.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page's script on a French site with articles in Chinese and Japanese: queries split
 * into pairs of characters as the index is, and the status line in the site's language; and on
 * a Russian site, whose counts take one of three forms.
 */
class LanguagesBrowserTest {
  @TempDir static Path dir;
  static ServeSession session;
  /** A Russian site: three forms for whole numbers. */
  static ServeSession russian;
  static ChromeDriver chrome;

  @BeforeAll
  static void start() throws Exception {
    BrowserTools.requireBrowser();
    TestSite site = TestSite.write(dir, config("language: fr")
        + article("world/beijing.md", "title: 北京举行新闻发布会\ndate: 2024-01-03",
            "外交部发言人今天在北京举行例行新闻发布会。")
        + article("world/shanghai.md", "title: 上海港口恢复运营\ndate: 2024-01-02",
            "上海的港口今天恢复了正常运营。")
        + article("world/tokyo.md", "title: 東京でニュース会議\ndate: 2024-01-01",
            "東京のニュース番組が新しい会議を開いた。")
        + commonWords());
    session = serve(site);
    StringBuilder articles = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      articles.append(article("world/" + i + ".md", "title: Новость " + i + "\ndate: 2024-01-0" + i,
          "Город" + (i <= 2 ? " и мост" : "") + (i == 1 ? " и река" : "") + "."));
    }
    russian = serve(TestSite.write(dir.resolve("ru"), config("""
        language: ru
        labels:
          searchNone: Ничего не найдено.
          searchCount: { one: "{count} статья", few: "{count} статьи", many: "{count} статей", other: "{count} статьи" }
        """) + articles));
    chrome = BrowserTools.chrome(1280, 900, true);
  }

  /**
   * More articles than a term keeps (its best, then newest): "la" in every body, "girafe" in
   * the oldest alone, which the list for "la" leaves out, and "tramway" in one other.
   */
  private static String commonWords() {
    StringBuilder articles = new StringBuilder(article("world/girafe.md",
        "title: Un nouveau venu au zoo\ndate: 2021-12-01", "La girafe est arrivée."));
    java.time.LocalDate day = java.time.LocalDate.of(2022, 1, 1);
    for (int i = 0; i <= dev.broadsheet.search.SearchIndex.MAX_POSTINGS; i++) {
      articles.append(article("world/ville-" + i + ".md", "title: Conseil " + i + "\ndate: "
          + day.plusDays(i), i == 0 ? "La ville a voté pour le tramway." : "La ville a voté."));
    }
    return articles.toString();
  }

  private static ServeSession serve(TestSite site) throws Exception {
    return ServeSession.start(SitePaths.of(site.root()),
        BuildOptions.defaults(Clock.fixed(TestSite.NOW, ZoneOffset.UTC)), 0, 1,
        new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
  }

  @AfterAll
  static void stop() {
    BrowserTools.stop(chrome, session);
    BrowserTools.stop(null, russian);
  }

  private List<String> search(String query, String status) {
    return search(session, query, status);
  }

  private List<String> search(ServeSession on, String query, String status) {
    chrome.get(on.url() + "search/");
    WebElement input = chrome.findElement(By.id("search-input"));
    input.sendKeys(query);
    new WebDriverWait(chrome, Duration.ofSeconds(20)).until(
        d -> d.findElement(By.id("search-status")).getText().equals(status));
    return chrome.findElements(By.cssSelector("#search-results li h2 a")).stream()
        .map(WebElement::getText).toList();
  }

  @Test
  void aChineseWordFindsTheArticlesThatWriteIt() {
    assertThat(search("北京", "1 article correspond.")).containsExactly("北京举行新闻发布会");
    assertThat(search("新闻发布会", "1 article correspond.")).containsExactly("北京举行新闻发布会");
    // One character alone matches the start of a pair: 今天 is in two bodies.
    assertThat(search("今", "2 articles correspondent."))
        .containsExactly("北京举行新闻发布会", "上海港口恢复运营");
    // Every pair must match: 北京 and 港口 are never in one article.
    assertThat(search("北京港口", "Aucun article ne correspond.")).isEmpty();
  }

  @Test
  void aWordInMoreArticlesThanItsListHoldsDoesNotHideTheRest() {
    assertThat(search("la girafe", "1 article correspond.")).containsExactly("Un nouveau venu au zoo");
    assertThat(search("girafe la", "1 article correspond.")).containsExactly("Un nouveau venu au zoo");
    // Words whose lists are whole still decide: no article writes both.
    assertThat(search("girafe tramway", "Aucun article ne correspond.")).isEmpty();
    assertThat(search("la tramway", "1 article correspond.")).containsExactly("Conseil 0");
  }

  @Test
  void japaneseKatakanaWithItsLongVowelMarkIsOneRun() {
    assertThat(search("ニュース", "1 article correspond.")).containsExactly("東京でニュース会議");
  }

  @Test
  void aCountInTheStatusLineTakesTheFormTheLanguageWritesItIn() {
    assertThat(search(russian, "река", "1 статья")).containsExactly("Новость 1");
    assertThat(search(russian, "мост", "2 статьи")).hasSize(2);
    assertThat(search(russian, "город", "5 статей")).hasSize(5);
    assertThat(search(russian, "поезд", "Ничего не найдено.")).isEmpty();
  }
}
