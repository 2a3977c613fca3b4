package dev.broadsheet.serve;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.build.BuildOptions;
import dev.broadsheet.testutil.TestSite;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** broadsheet serve over real HTTP on a free loopback port. */
class ServeTest {
  private static final long WAIT_MS = 30_000;

  @TempDir Path dir;
  TestSite site;
  ServeSession session;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws Exception {
    site = TestSite.write(dir, config("") + article("world/story.md", "title: First headline\ndate: 2024-01-01", "Body."));
    session = ServeSession.start(site.paths(),
        BuildOptions.defaults(Clock.fixed(TestSite.NOW, ZoneOffset.UTC)), 0, 1,
        new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @AfterEach
  void stop() {
    session.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(session.url() + path.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Opens the event stream and queues every event name it sends. */
  private BlockingQueue<String> events() throws Exception {
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    HttpResponse<java.io.InputStream> response = http.send(
        HttpRequest.newBuilder(URI.create(session.url() + "__broadsheet/events")).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("text/event-stream"));
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null) {
          if (line.startsWith("event: ")) {
            events.add(line.substring(7));
          } else if (line.startsWith("data: ")) {
            events.add("data " + line.substring(6));
          } else if (line.startsWith(": connected")) {
            events.add("connected");
          }
        }
      } catch (Exception e) {
        events.add("closed");
      }
    });
    reader.setDaemon(true);
    reader.start();
    assertThat(events.poll(WAIT_MS, TimeUnit.MILLISECONDS)).isEqualTo("connected");
    return events;
  }

  /** Waits for the next event called {@code name}, skipping pings and others, and returns its data. */
  private static String await(BlockingQueue<String> events, String name) throws InterruptedException {
    String line;
    while ((line = events.poll(WAIT_MS, TimeUnit.MILLISECONDS)) != null) {
      if (line.equals(name)) {
        String data = events.poll(WAIT_MS, TimeUnit.MILLISECONDS);
        return data == null ? "" : data.substring("data ".length());
      }
    }
    throw new AssertionError("no '" + name + "' event within " + WAIT_MS + " ms");
  }

  @Test
  void servesTheBuiltSiteOnLoopbackWithTheReloadScriptOnlyInServedPages() throws Exception {
    assertThat(session.url()).startsWith("http://127.0.0.1:");
    HttpResponse<String> page = get("/world/2024/01/01/story/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
    assertThat(page.body()).contains("First headline", "/__broadsheet/events");
    assertThat(Files.readString(session.servedFolder().resolve("world/2024/01/01/story/index.html")))
        .doesNotContain("__broadsheet");
    assertThat(site.output()).doesNotExist();
    assertThat(get("/assets/style.css").headers().firstValue("content-type")).contains("text/css; charset=utf-8");
    assertThat(get("/feed.json").headers().firstValue("content-type")).contains("application/feed+json; charset=utf-8");
    HttpResponse<String> missing = get("/no/such/page/");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Page not found");
    assertThat(get("/world").statusCode()).isEqualTo(301);
  }

  @Test
  void anEditRebuildsAndTellsOpenPagesToReload() throws Exception {
    BlockingQueue<String> events = events();
    Files.writeString(site.root().resolve("content/world/story.md"),
        "---\ntitle: Second headline\ndate: 2024-01-01\n---\nBody.\n");
    await(events, "reload");
    assertThat(get("/world/2024/01/01/story/").body()).contains("Second headline");
    assertThat(session.awaitBuilds(2, WAIT_MS)).isTrue();
    assertThat(out.toString()).contains("Built after content/world/story.md changed");

    assertThat(out.toString()).as("the rebuild rendered only what changed")
        .containsPattern("Built after content/world/story.md changed: 1 articles, \\d+ pages \\(\\d+ rendered\\)");
    Path cache = site.root().resolve(".broadsheet-cache");
    assertThat(cache).as("the session keeps its build cache in memory").doesNotExist();
  }

  @Test
  void anEditedArticleIsShownFirstAndTheRebuildMakesTheSameBytes() throws Exception {
    site.add(article("world/other.md", "title: Other story\ndate: 2023-12-31", "Older news."));
    assertThat(session.awaitBuilds(2, WAIT_MS)).isTrue();
    BlockingQueue<String> events = events();
    Files.writeString(site.root().resolve("content/world/story.md"),
        "---\ntitle: First headline\ndate: 2024-01-01\n---\nBody, with a second sentence.\n");

    assertThat(await(events, "reload")).as("only the edited page reloads at first")
        .isEqualTo("{\"paths\":[\"/world/2024/01/01/story/\"]}");
    assertThat(get("/world/2024/01/01/story/").body()).contains("with a second sentence");
    assertThat(out.toString()).contains("Showed the page of content/world/story.md in ");
    assertThat(await(events, "reload")).as("the rebuild reloads the pages whose cards changed,"
        + " not the page already shown").doesNotContain("/world/2024/01/01/story/")
        .contains("\"/world/\"");
    assertThat(session.awaitBuilds(3, WAIT_MS)).isTrue();

    Path clean = dir.resolve("clean");
    site.build(BuildOptions.defaults(Clock.fixed(TestSite.NOW, ZoneOffset.UTC)).withOutput(clean)
        .withBaseUrl(session.url()).withCache(false));
    String page = "world/2024/01/01/story/index.html";
    assertThat(Files.readString(session.servedFolder().resolve(page)))
        .isEqualTo(Files.readString(clean.resolve(page)));
  }

  @Test
  void anEditUnderAContentFolderThatIsALinkIsSeen() throws Exception {
    session.close();
    Files.move(site.root().resolve("content"), site.root().resolve("articles"));
    Files.createSymbolicLink(site.root().resolve("content"), Path.of("articles"));
    session = ServeSession.start(site.paths(),
        BuildOptions.defaults(Clock.fixed(TestSite.NOW, ZoneOffset.UTC)), 0, 1,
        new PrintWriter(out, true), new PrintWriter(err, true));
    BlockingQueue<String> events = events();
    Files.writeString(site.root().resolve("articles/world/story.md"),
        "---\ntitle: Linked headline\ndate: 2024-01-01\n---\nBody.\n");
    await(events, "reload");
    assertThat(get("/world/2024/01/01/story/").body()).contains("Linked headline");
    assertThat(out.toString()).contains("content/world/story.md");
  }

  @Test
  void anEditThatChangesTheSiteShapeWaitsForTheRebuild() throws Exception {
    BlockingQueue<String> events = events();
    Files.writeString(site.root().resolve("content/world/story.md"),
        "---\ntitle: First headline\ndate: 2024-01-01\ntags: [Elections]\n---\nBody.\n");
    assertThat(await(events, "reload")).contains("/tags/elections/");
    assertThat(session.awaitBuilds(2, WAIT_MS)).isTrue();
    assertThat(out.toString()).doesNotContain("Showed the page");
    assertThat(get("/world/2024/01/01/story/").body()).contains("Elections");
  }

  @Test
  void aBrokenEditKeepsTheLastGoodSiteAndShowsTheProblems() throws Exception {
    BlockingQueue<String> events = events();
    Files.writeString(site.root().resolve("content/world/story.md"),
        "---\ntitle: Broken\ndate: yesterday\n---\nBody.\n");
    assertThat(await(events, "problems"))
        .contains("content/world/story.md:3:7: error: 'yesterday' is not a date");
    assertThat(get("/world/2024/01/01/story/").body()).contains("First headline");
    assertThat(err.toString()).contains("content/world/story.md:3:7: error:");
    assertThat(out.toString()).contains("still serving the last good site");

    // A page opened now is told about the problems at once.
    BlockingQueue<String> late = events();
    assertThat(await(late, "problems")).contains("'yesterday' is not a date");

    Files.writeString(site.root().resolve("content/world/story.md"),
        "---\ntitle: Fixed headline\ndate: 2024-01-01\n---\nBody.\n");
    await(events, "reload");
    assertThat(get("/world/2024/01/01/story/").body()).contains("Fixed headline");
  }

  @Test
  void changesToTemplatesStaticFilesAndSiteYamlRebuildToo() throws Exception {
    BlockingQueue<String> events = events();
    site.file("templates/partials/footer.ftlh", "<#macro footer><footer>Edited footer</footer></#macro>\n");
    await(events, "reload");
    assertThat(get("/").body()).contains("Edited footer");
    site.file("static/hello.txt", "hi\n");
    await(events, "reload");
    assertThat(get("/hello.txt").body()).isEqualTo("hi\n");
    site.file("site.yaml", "title: Renamed Times\nsections: [{key: world}]\n");
    await(events, "reload");
    assertThat(get("/").body()).contains("Renamed Times");
  }

  @Test
  void aTakenPortMovesToTheNextOneAndSaysSo() throws Exception {
    StringWriter second = new StringWriter();
    try (ServeSession other = ServeSession.start(site.paths(),
        BuildOptions.defaults(Clock.fixed(TestSite.NOW, ZoneOffset.UTC)), session.port(), 5,
        new PrintWriter(second, true), new PrintWriter(new StringWriter(), true))) {
      assertThat(other.port()).isNotEqualTo(session.port());
      assertThat(second.toString()).contains("Port " + session.port() + " is in use; serving on port "
          + other.port() + " instead.");
    }
    java.net.BindException refused = org.junit.jupiter.api.Assertions.assertThrows(
        java.net.BindException.class, () -> ServeSession.start(site.paths(),
            BuildOptions.defaults(Clock.fixed(TestSite.NOW, ZoneOffset.UTC)), session.port(), 1,
            new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true)));
    assertThat(refused.getMessage()).contains("port " + session.port()).contains("--port");
  }
}
