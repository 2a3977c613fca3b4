package dev.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Serves one folder on 127.0.0.1 with the JDK's HTTP server: GET and HEAD only, nothing outside
 * the folder (symbolic links that leave it included), the right content types, and the live-reload
 * script added to HTML on the way out.
 */
public final class DevServer implements AutoCloseable {
  private static final String MISSING_SITE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      + "<title>Broadsheet</title></head><body><h1>The site has not built yet</h1>"
      + "<p>Fix the problems shown in the terminal; this page reloads when the build succeeds.</p>"
      + "</body></html>";

  private final Path root;
  private final LiveReload reload;
  private final Supplier<String> problemsHtml;
  private HttpServer server;
  private ExecutorService executor;
  private ScheduledExecutorService pinger;

  /** {@code root}: the folder to serve; it may not exist until the first good build. */
  DevServer(Path root, LiveReload reload, Supplier<String> problemsHtml) {
    this.root = root.toAbsolutePath().normalize();
    this.reload = reload;
    this.problemsHtml = problemsHtml;
  }

  /** Binds 127.0.0.1:{@code port} (0 for any free port) and returns the port bound. */
  int start(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "broadsheet-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    pinger = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "broadsheet-ping");
      t.setDaemon(true);
      return t;
    });
    pinger.scheduleAtFixedRate(reload::ping, 15, 15, TimeUnit.SECONDS);
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    reload.close();
    if (pinger != null) {
      pinger.shutdownNow();
    }
    if (server != null) {
      server.stop(0);
    }
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", bytes("Method not allowed\n"));
        return;
      }
      String rawPath = exchange.getRequestURI().getRawPath();
      if (LiveReload.PATH.equals(rawPath)) {
        reload.connect(exchange);
        return;
      }
      Optional<String> relative = SafePaths.relative(rawPath);
      if (relative.isEmpty()) {
        send(exchange, 400, "text/plain; charset=utf-8", bytes("Bad request\n"));
        return;
      }
      Optional<Path> file = locate(relative.get());
      if (file.isEmpty()) {
        notFound(exchange);
        return;
      }
      if (Files.isDirectory(file.get())) {
        String query = exchange.getRequestURI().getRawQuery();
        exchange.getResponseHeaders().set("Location", rawPath + "/" + (query == null ? "" : "?" + query));
        send(exchange, 301, "text/plain; charset=utf-8", bytes("Moved\n"));
        return;
      }
      serveFile(exchange, file.get(), 200);
    } catch (IOException e) {
      // The client went away mid-response; nothing to tell it.
      exchange.close();
    }
  }

  /** The file a relative path names, inside the root after resolving links; a folder's index. */
  Optional<Path> locate(String relative) throws IOException {
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root)) {
      return Optional.empty();
    }
    if (Files.isDirectory(target)) {
      if (!relative.isEmpty() && !relative.endsWith("/")) {
        return Optional.of(target);
      }
      target = target.resolve("index.html");
    }
    if (!Files.isRegularFile(target)) {
      return Optional.empty();
    }
    Path real = target.toRealPath();
    return real.startsWith(root.toRealPath()) ? Optional.of(real) : Optional.empty();
  }

  private void notFound(HttpExchange exchange) throws IOException {
    Path page = root.resolve("404.html");
    if (Files.isRegularFile(page)) {
      serveFile(exchange, page, 404);
    } else {
      String problems = problemsHtml.get();
      byte[] body = inject(bytes(problems == null ? "<!DOCTYPE html><html lang=\"en\"><head>"
          + "<meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1></body></html>"
          : MISSING_SITE.replace("</body>", problems + "</body>")));
      send(exchange, 404, "text/html; charset=utf-8", body);
    }
  }

  private void serveFile(HttpExchange exchange, Path file, int status) throws IOException {
    String type = ContentTypes.of(file.getFileName().toString());
    if (type.startsWith("text/html")) {
      send(exchange, status, type, inject(Files.readAllBytes(file)));
      return;
    }
    long size = Files.size(file);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : (size == 0 ? -1 : size));
    if (!head && size > 0) {
      try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
        in.transferTo(out);
      }
    }
    exchange.close();
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  /** Adds the live-reload script before the last {@code </body>} (or at the end). */
  static byte[] inject(byte[] html) {
    String text = new String(html, StandardCharsets.UTF_8);
    int at = text.lastIndexOf("</body>");
    String out = at < 0 ? text + LiveReload.SCRIPT
        : text.substring(0, at) + LiveReload.SCRIPT + text.substring(at);
    return bytes(out);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
