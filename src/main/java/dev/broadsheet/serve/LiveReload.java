package dev.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to every open page: {@code reload} after a good rebuild, {@code problems}
 * (a JSON list of lines) after a failed one. A page that connects while the last build failed is
 * told at once.
 */
final class LiveReload {
  static final String PATH = "/__broadsheet/events";

  /** The script {@code serve} adds to every HTML page it serves; nothing of it is written to disk. */
  static final String SCRIPT = "<script>(function(){var s=new EventSource(\"" + PATH + "\");"
      + "s.addEventListener(\"reload\",function(){location.reload()});"
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

  void reload() {
    problems = null;
    broadcast(event("reload", "{}"));
  }

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
