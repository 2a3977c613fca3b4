package dev.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import dev.broadsheet.util.Json;
import dev.broadsheet.util.OrderedMaps;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to every open page: {@code reload} after a good rebuild, {@code problems}
 * (a JSON list of lines) after a failed one. A page that connects while the last build failed is
 * told at once. A reload names the pages that changed ({@code {"paths":["/world/"]}}) when only
 * pages did, and only the open pages among them reload; when anything else a page may load
 * changed (a style sheet, a script, an image), it names none ({@code {}}) and every page reloads.
 */
final class LiveReload {
  static final String PATH = "/__broadsheet/events";

  /** The script {@code serve} adds to every HTML page it serves; nothing of it is written to disk. */
  static final String SCRIPT = "<script>(function(){var s=new EventSource(\"" + PATH + "\");"
      + "s.addEventListener(\"reload\",function(e){var p=JSON.parse(e.data).paths;"
      + "if(!p||p.indexOf(location.pathname.replace(/index\\.html$/,\"\"))>=0)location.reload()});"
      + "s.addEventListener(\"problems\",function(e){var d=document.getElementById(\"broadsheet-problems\");"
      + "if(!d){d=document.createElement(\"pre\");d.id=\"broadsheet-problems\";d.setAttribute(\"role\",\"alert\");"
      + "d.style.cssText=\"position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;margin:0;"
      + "padding:1rem;background:#5c0a0a;color:#fff;font:13px/1.45 monospace;white-space:pre-wrap;"
      + "z-index:2147483647\";document.body.appendChild(d)}"
      + "d.textContent=\"Broadsheet: the last rebuild failed; showing the last good site.\\n\\n\"+JSON.parse(e.data).join(\"\\n\")})"
      + "})();</script>";

  private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
  private volatile String problems;

  void connect(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    String message = ": connected\n\n" + (problems == null ? "" : event("problems", problems));
    out.write(message.getBytes(StandardCharsets.UTF_8));
    out.flush();
    clients.add(out);
  }

  /** Reloads every open page. */
  void reload() {
    problems = null;
    broadcast(event("reload", "{}"));
  }

  /**
   * Reloads the open pages that {@code files} (output files, such as {@code world/index.html})
   * change, or every page when the last build failed (its problems are on show) or something
   * other than pages, feeds, sitemaps and data changed. {@code basePath} starts every URL.
   */
  void reload(Set<String> files, String basePath) {
    if (problems != null) {
      reload();
      return;
    }
    broadcast(event("reload", reloadData(files, basePath)));
  }

  /** The data of a reload event for changed output {@code files}: see {@link #reload(Set, String)}. */
  static String reloadData(Set<String> files, String basePath) {
    if (files.size() > MAX_PATHS) {
      return "{}";
    }
    List<String> paths = new ArrayList<>();
    for (String file : files) {
      if (file.endsWith("index.html")) {
        paths.add(basePath + file.substring(0, file.length() - "index.html".length()));
      } else if (file.endsWith(".html") && !file.equals("404.html")) {
        paths.add(basePath + file);
      } else if (!file.endsWith(".xml") && !file.endsWith(".json") && !file.endsWith(".txt")) {
        return "{}";
      }
    }
    return Json.compact(OrderedMaps.of("paths", paths));
  }

  /** Past this many changed files, every page reloads rather than hear a long list. */
  static final int MAX_PATHS = 1_000;

  void problems(String jsonLines) {
    problems = jsonLines;
    broadcast(event("problems", jsonLines));
  }

  /** A comment line, so connections that died are noticed and dropped. */
  void ping() {
    broadcast(": ping\n\n");
  }

  int clients() {
    return clients.size();
  }

  void close() {
    for (OutputStream out : clients) {
      try {
        out.close();
      } catch (IOException ignored) {
        // The browser went away first.
      }
    }
    clients.clear();
  }

  private void broadcast(String message) {
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    for (OutputStream out : clients) {
      try {
        out.write(bytes);
        out.flush();
      } catch (IOException e) {
        clients.remove(out);
        try {
          out.close();
        } catch (IOException ignored) {
          // Already gone.
        }
      }
    }
  }

  private static String event(String name, String data) {
    return "event: " + name + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n";
  }
}
