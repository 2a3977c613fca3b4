package dev.broadsheet.serve;

import dev.broadsheet.config.SitePaths;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches site.yaml, content/, templates/ and static/ (and folders created in them later). A burst
 * of changes, as an editor's save makes, is gathered until the files have been quiet for
 * {@link #QUIET_MILLIS}, then handed over as one set of site-relative paths.
 */
final class SiteWatcher implements AutoCloseable {
  static final long QUIET_MILLIS = 60;

  private final SitePaths paths;
  private final Consumer<Set<String>> onChange;
  private final WatchService service;
  private final Map<WatchKey, Path> keys = new HashMap<>();
  private final Thread thread;

  SiteWatcher(SitePaths paths, Consumer<Set<String>> onChange) throws IOException {
    this.paths = paths;
    this.onChange = onChange;
    this.service = FileSystems.getDefault().newWatchService();
    register(paths.root());
    for (Path dir : new Path[] {paths.content(), paths.templates(), paths.statics()}) {
      registerTree(dir);
    }
    this.thread = new Thread(this::run, "broadsheet-watch");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void register(Path dir) throws IOException {
    WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
    keys.put(key, dir);
  }

  private void registerTree(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    // A folder that is a link (content/ to a folder inside the site, which builds follow) is
    // walked where it leads; its folders are watched by their names under the link, so that
    // changes are told as the build names the files.
    Path walked = Files.isSymbolicLink(dir) ? dir.toRealPath() : dir;
    try (Stream<Path> walk = Files.walk(walked)) {
      for (Path d : walk.filter(Files::isDirectory).toList()) {
        Path named = dir.resolve(walked.relativize(d));
        if (!named.getFileName().toString().startsWith(".")) {
          register(named);
        }
      }
    }
  }

  private void run() {
    try {
      while (true) {
        Set<String> changed = new TreeSet<>();
        WatchKey key = service.take();
        collect(key, changed);
        WatchKey more;
        while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          collect(more, changed);
        }
        if (!changed.isEmpty()) {
          onChange.accept(changed);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void collect(WatchKey key, Set<String> changed) {
    Path dir = keys.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
        changed.add("content");
        continue;
      }
      Path file = dir.resolve((Path) event.context());
      String name = file.getFileName().toString();
      boolean inRoot = dir.equals(paths.root());
      if (inRoot) {
        // In the site folder itself only these matter; output/ and staging folders are ours.
        if (name.equals("site.yaml")) {
          changed.add(name);
        } else if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
            && (file.equals(paths.content()) || file.equals(paths.templates())
                || file.equals(paths.statics()))) {
          registerQuietly(file);
          changed.add(name);
        }
        continue;
      }
      if (name.startsWith(".") || name.endsWith("~")) {
        continue;
      }
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) {
        registerQuietly(file);
      }
      changed.add(paths.relative(file));
    }
    if (!key.reset()) {
      keys.remove(key);
    }
  }

  private void registerQuietly(Path dir) {
    try {
      registerTree(dir);
    } catch (IOException e) {
      // The folder vanished again; the next change will say so.
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException ignored) {
      // Closing a watch service has nothing useful to report.
    }
    thread.interrupt();
  }
}
