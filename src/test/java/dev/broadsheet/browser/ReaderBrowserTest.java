package dev.broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.build.DeterminismTestSupport;
import dev.broadsheet.serve.ServeSession;
import dev.broadsheet.testutil.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example site as a reader meets it: served by {@code broadsheet serve} on loopback and read
 * in headless Chromium. Navigation, pagination, the 404 page, live reload, accessibility (axe-core,
 * light and dark), weight, requests, reading without JavaScript and printing. Screenshots at phone
 * and desktop widths are kept in target/screenshots.
 */
class ReaderBrowserTest {
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  static final String ARTICLE = "world/2023/02/21/xi-jinping-to-visit-moscow/";

  @TempDir static Path dir;
  static Path site;
  static ServeSession session;
  static ChromeDriver chrome;

  @BeforeAll
  static void start() throws Exception {
    BrowserTools.requireBrowser();
    site = dir.resolve("site");
    DeterminismTestSupport.copyExample(site, false);
    // Small pages, so that every list paginates.
    Files.writeString(site.resolve("site.yaml"), Files.readString(site.resolve("site.yaml"))
        .replace("pageSize: 10", "pageSize: 3"));
    session = ServeSession.start(dev.broadsheet.config.SitePaths.of(site),
        BuildOptions.defaults(Clock.fixed(TestSite.NOW, ZoneOffset.UTC)), 0, 1,
        new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
    chrome = BrowserTools.chrome(1280, 900, true);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    BrowserTools.stop(chrome, session);
  }

  private static void open(String path) {
    chrome.get(session.url() + path);
  }

  private static String h1() {
    return chrome.findElement(By.tagName("h1")).getText();
  }

  private static void click(String css) {
    WebElement link = chrome.findElement(By.cssSelector(css));
    ((JavascriptExecutor) chrome).executeScript("arguments[0].scrollIntoView({block:'center'})", link);
    link.click();
  }

  @Test
  void aReaderNavigatesFromHomeToSectionArticleTagAuthorAndArchive() {
    open("");
    assertThat(chrome.getTitle()).isEqualTo("The Daily Broadsheet");
    click("nav.sections a[href='/world/']");
    assertThat(h1()).startsWith("World");
    String headline = chrome.findElement(By.cssSelector(".story-list .card-title a")).getText();
    click(".story-list .card-title a");
    assertThat(h1()).isEqualTo(headline);
    String tag = chrome.findElement(By.cssSelector(".tags a")).getText();
    click(".tags a");
    assertThat(h1()).startsWith(tag);
    chrome.navigate().back();
    click(".article-meta .byline a");
    assertThat(chrome.getCurrentUrl()).contains("/authors/");
    assertThat(chrome.findElement(By.cssSelector(".author-header h1")).isDisplayed()).isTrue();
    click("nav.sections a[href='/archive/']");
    assertThat(h1()).isEqualTo("Archive");
    click(".archive-year h2 a");
    assertThat(h1()).matches("\\d{4}.*");
  }

  @Test
  void paginationMovesThroughAListAndBack() {
    open("archive/2026/");
    List<String> first = chrome.findElements(By.cssSelector(".story-list .card-title a"))
        .stream().map(WebElement::getText).toList();
    assertThat(first).hasSize(3);
    click(".pagination a[rel=next]");
    assertThat(chrome.getCurrentUrl()).endsWith("/archive/2026/page/2/");
    assertThat(h1()).contains("page 2");
    List<String> second = chrome.findElements(By.cssSelector(".story-list .card-title a"))
        .stream().map(WebElement::getText).toList();
    assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
    click(".pagination a[rel=prev]");
    assertThat(chrome.getCurrentUrl()).endsWith("/archive/2026/");
  }

  @Test
  void aMissingPageShowsTheNotFoundPage() {
    open("no/such/page/");
    assertThat(h1()).isEqualTo("Page not found");
    click("main a[href='/']");
    assertThat(chrome.getTitle()).isEqualTo("The Daily Broadsheet");
  }

  @Test
  void anOpenPageReloadsItselfWhenItsArticleIsEdited() throws Exception {
    open(ARTICLE);
    assertThat(h1()).startsWith("Xi Jinping expected");
    Path file = site.resolve("content/world/xi-jinping-to-visit-moscow.md");
    Files.writeString(file, Files.readString(file)
        .replace("title: \"Xi Jinping expected in Moscow", "title: \"Edited: Xi Jinping expected in Moscow"));
    new WebDriverWait(chrome, Duration.ofSeconds(30)).until(d -> h1().startsWith("Edited:"));
    Files.writeString(file, Files.readString(file).replace("\"Edited: Xi", "\"Xi"));
    new WebDriverWait(chrome, Duration.ofSeconds(30)).until(d -> h1().startsWith("Xi Jinping"));
  }

  @Test
  void screenshotsAtPhoneAndDesktopWidths() throws Exception {
    for (int width : new int[] {390, 1280}) {
      chrome.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
      for (String[] page : new String[][] {{"home", ""}, {"article", ARTICLE}, {"section", "world/"},
          {"author", "authors/amara-okafor/"}, {"404", "no-such-page"}}) {
        open(page[1]);
        Path shot = SCREENSHOTS.resolve(page[0] + "-" + width + ".png");
        Files.write(shot, chrome.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(shot)).isGreaterThan(5_000);
        long overflow = (Long) ((JavascriptExecutor) chrome).executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as(page[0] + " at " + width + " px scrolls sideways").isLessThanOrEqualTo(0);
      }
    }
    chrome.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
  }

  @SuppressWarnings("unchecked")
  private static List<String> axeViolations() throws Exception {
    ((JavascriptExecutor) chrome).executeScript(Files.readString(BrowserTools.AXE));
    Object result = ((JavascriptExecutor) chrome).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
            + "  done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): '"
            + "    + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));"
            + "}).catch(function (e) { done(['axe failed: ' + e]); });");
    return (List<String>) result;
  }

  private static void colorScheme(String scheme) {
    chrome.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("media", "", "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  @Test
  void axeFindsNoViolationsInLightOrDarkMode() throws Exception {
    BrowserTools.require(BrowserTools.AXE, "run npm ci in src/test/js");
    List<String> all = new ArrayList<>();
    try {
      for (String scheme : new String[] {"light", "dark"}) {
        colorScheme(scheme);
        for (String page : new String[] {"", ARTICLE, "world/", "tags/china/", "authors/amara-okafor/",
            "archive/", "archive/2026/", "no-such-page", "search/?q=glacier"}) {
          open(page);
          for (String v : axeViolations()) {
            all.add(scheme + " /" + page + ": " + v);
          }
        }
      }
    } finally {
      colorScheme("light");
    }
    assertThat(all).isEmpty();
  }

  @Test
  void pagesHaveASkipLinkLandmarksOneHeadingAndAltTextOnEveryImage() {
    for (String page : new String[] {"", ARTICLE, "world/", "tags/china/", "authors/amara-okafor/", "archive/"}) {
      open(page);
      assertThat(chrome.findElements(By.tagName("h1"))).as(page).hasSize(1);
      assertThat(chrome.findElements(By.cssSelector("a.skip-link[href='#main']"))).as(page).hasSize(1);
      assertThat(chrome.findElements(By.cssSelector("header, nav, main, footer"))).as(page).hasSizeGreaterThanOrEqualTo(4);
      for (WebElement img : chrome.findElements(By.tagName("img"))) {
        assertThat(img.getAttribute("alt")).as(page + " " + img.getAttribute("src")).isNotNull();
      }
    }
    open("");
    chrome.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
    WebElement focused = chrome.switchTo().activeElement();
    assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
    assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");
  }

  @Test
  void anArticlePageIsLightAndRequestsNothingFromElsewhere() throws Exception {
    Path built = session.servedFolder();
    long html = Files.size(built.resolve(ARTICLE + "index.html"));
    long css = Files.size(built.resolve("assets/style.css"));
    assertThat(html + css).as("article HTML %d + CSS %d bytes", html, css).isLessThanOrEqualTo(50 * 1024);
    open(ARTICLE);
    @SuppressWarnings("unchecked")
    List<String> requests = (List<String>) ((JavascriptExecutor) chrome).executeScript(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    assertThat(requests).isNotEmpty().allMatch(url -> url.startsWith(session.url()));
    assertThat(chrome.findElements(By.cssSelector("script:not([type='application/ld+json'])")))
        .as("only serve's own live-reload script").hasSize(1);
  }

  @Test
  void anArticleReadsWithoutJavaScript() throws Exception {
    ChromeDriver noScript = BrowserTools.chrome(390, 900, false);
    try {
      noScript.get(session.url() + ARTICLE);
      assertThat(noScript.findElement(By.tagName("h1")).isDisplayed()).isTrue();
      List<WebElement> paragraphs = noScript.findElements(By.cssSelector(".article-body p"));
      assertThat(paragraphs).hasSizeGreaterThan(5);
      assertThat(paragraphs.get(0).isDisplayed()).isTrue();
      assertThat(paragraphs.get(0).getText()).startsWith("China’s president");
    } finally {
      noScript.quit();
    }
  }

  @Test
  void anArticlePrintsWithoutNavigationAndWithTheAddressesOfLinks() {
    open("science/2026/10/02/alpine-glacier-record-loss/");
    chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(chrome.findElement(By.cssSelector("nav.sections")).isDisplayed()).isFalse();
      assertThat(chrome.findElements(By.cssSelector(".related")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
      String after = (String) ((JavascriptExecutor) chrome).executeScript(
          "var a = document.querySelector('.article-body a[href^=\"http\"]');"
              + "return getComputedStyle(a, '::after').content;");
      assertThat(after).contains("https://glacier-survey.example.org/2026");
    } finally {
      chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void searchFindsArticlesAsYouTypeWithHeadlineMatchesFirst() {
    open("search/");
    WebElement input = chrome.findElement(By.id("search-input"));
    input.sendKeys("glac");
    WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(20));
    wait.until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
    assertThat(chrome.findElement(By.cssSelector("#search-results li a")).getText())
        .isEqualTo("Alpine glaciers lost a record share of their ice this year, survey finds");
    String ms = chrome.findElement(By.id("search-results")).getAttribute("data-ms");
    assertThat(Double.parseDouble(ms)).as("milliseconds for the query").isLessThan(100);

    // Accents fold both ways: "zurich" finds the article datelined Zürich.
    input.clear();
    input.sendKeys("zurich");
    wait.until(d -> d.findElements(By.cssSelector("#search-results li a")).stream()
        .anyMatch(a -> a.getText().startsWith("Alpine glaciers")));
    // Every word must match.
    input.clear();
    input.sendKeys("glaciers cup");
    wait.until(d -> d.findElement(By.id("search-status")).getText().equals("No articles match."));
    // A query in the address works too, and a result leads to its article.
    open("search/?q=Moscow%20summit");
    wait.until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
    click("#search-results li a");
    assertThat(h1()).startsWith("Xi Jinping expected in Moscow");
  }
}
