package dev.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dev server serves the built site and nothing else, and keeps answering under load. */
class DevServerSecurityTest {
  @TempDir Path dir;
  Path site;
  DevServer server;
  int port;

  @BeforeEach
  void start() throws IOException {
    site = dir.resolve("site");
    Files.createDirectories(site.resolve("world"));
    Files.writeString(site.resolve("index.html"), "<html><body>home</body></html>");
    Files.writeString(site.resolve("404.html"), "<html><body>not here</body></html>");
    Files.writeString(site.resolve("world/index.html"), "<html><body>world</body></html>");
    Files.write(site.resolve("big.bin"), new byte[8 * 1024 * 1024]);
    Files.writeString(dir.resolve("secret.txt"), "top secret");
    Files.createSymbolicLink(site.resolve("leak.txt"), dir.resolve("secret.txt"));
    Files.createSymbolicLink(site.resolve("leakdir"), dir);
    server = new DevServer(site, new LiveReload(), () -> null);
    port = server.start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Sends one raw request line, byte for byte, and returns the status line and body. */
  private String raw(String requestLine) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void listensOnLoopbackOnly() throws Exception {
    var field = DevServer.class.getDeclaredField("server");
    field.setAccessible(true);
    var address = ((com.sun.net.httpserver.HttpServer) field.get(server)).getAddress();
    assertThat(address.getAddress().isLoopbackAddress()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
      "/world/..%2f..%2fsecret.txt", "/world/%2e%2e/%2e%2e/secret.txt", "/..\\secret.txt",
      "/%5c..%5csecret.txt", "//etc/passwd", "/./index.html", "/world/../../secret.txt",
      "/%00index.html", "/%c0%ae%c0%ae/secret.txt"})
  void refusesTraversal(String path) throws Exception {
    String response = raw("GET " + path + " HTTP/1.1");
    assertThat(response).doesNotContain("top secret");
    assertThat(response.lines().findFirst().orElse("")).matches("HTTP/1.1 (400|404) .*");
  }

  @Test
  void refusesAbsoluteUrlsToOtherFilesAndLinksThatLeaveTheSite() throws Exception {
    assertThat(raw("GET file:///etc/passwd HTTP/1.1")).doesNotContain("root:");
    assertThat(raw("GET /leak.txt HTTP/1.1")).startsWith("HTTP/1.1 404").doesNotContain("top secret");
    assertThat(raw("GET /leakdir/secret.txt HTTP/1.1")).startsWith("HTTP/1.1 404").doesNotContain("top secret");
  }

  @Test
  void answersOnlyGetAndHead() throws Exception {
    assertThat(raw("POST /index.html HTTP/1.1")).startsWith("HTTP/1.1 405");
    assertThat(raw("DELETE /index.html HTTP/1.1")).startsWith("HTTP/1.1 405");
    String head = raw("HEAD /index.html HTTP/1.1");
    assertThat(head).startsWith("HTTP/1.1 200").doesNotContain("home");
  }

  @Test
  void sendsContentTypes() throws Exception {
    assertThat(raw("GET / HTTP/1.1")).contains("Content-type: text/html; charset=utf-8");
    assertThat(raw("GET /big.bin HTTP/1.1").substring(0, 400)).contains("Content-type: application/octet-stream");
    assertThat(raw("GET /nope HTTP/1.1")).startsWith("HTTP/1.1 404").contains("not here");
  }

  @Test
  void keepsAnsweringFiveHundredConcurrentRequests() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String path = i % 2 == 0 ? "/world/" : "/?n=" + i;
      responses.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()));
    }
    CompletableFuture.allOf(responses.toArray(new CompletableFuture[0])).join();
    for (CompletableFuture<HttpResponse<String>> r : responses) {
      assertThat(r.join().statusCode()).isEqualTo(200);
      assertThat(r.join().body()).containsAnyOf("home", "world");
    }
  }

  @Test
  void survivesClientsThatDisconnectMidResponse() throws Exception {
    for (int i = 0; i < 40; i++) {
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        socket.getOutputStream().write("GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        InputStream in = socket.getInputStream();
        assertThat(in.readNBytes(4096)).hasSize(4096);
      }
    }
    assertThat(raw("GET /world/ HTTP/1.1")).startsWith("HTTP/1.1 200").contains("world");
  }
}
