package dev.broadsheet.build;

import dev.broadsheet.cache.PageManifest;
import dev.broadsheet.cache.ParseCache;
import dev.broadsheet.output.OutputWriter;
import dev.broadsheet.output.StaticFile;
import dev.broadsheet.render.Fingerprints;
import dev.broadsheet.render.PagePlan;
import dev.broadsheet.render.PageRenderer;
import dev.broadsheet.syndication.GeneratedFile;
import dev.broadsheet.util.FastHash;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Renders every planned page and generated file, and writes them and the static files through
 * the output writer (or nowhere, for check). Pages are rendered in parallel, one thread a core,
 * and handed through a bounded queue to writing threads, also one a core: writing a file costs
 * the system about as much time as rendering it costs Broadsheet, so neither may wait for the
 * other, and more writers than cores only contend for the file system's locks.
 */
final class RenderStage {
  /** Rendered files waiting for the writers; bounds the memory they take. */
  private static final int QUEUE = 256;

  private record Rendered(String path, byte[] bytes) {}

  private static final Rendered END = new Rendered("", new byte[0]);

  /** Static files larger than this are copied a block at a time instead of read whole. */
  static final long HELD = 8L << 20;

  /**
   * Whether each page kept for the site's shape is fingerprinted all the same, and the build
   * stopped if its fingerprint changed: set for the test suite (system property
   * {@code broadsheet.checkShape}), so that every incremental build of every test checks the
   * shortcut against the full comparison.
   */
  static final boolean CHECK_SHAPE = Boolean.getBoolean("broadsheet.checkShape");

  private RenderStage() {}

  /** How many pages were rendered and files written, for the build report. */
  static final class Counts {
    private final java.util.concurrent.atomic.AtomicInteger compared = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger generated = new java.util.concurrent.atomic.AtomicInteger();

    int rendered() {
      return rendered.get();
    }

    /** Pages whose data was made and fingerprinted to compare them with the last build's. */
    int compared() {
      return compared.get();
    }

    int written() {
      return written.get();
    }

    int generated() {
      return generated.get();
    }

    private final java.util.Set<String> writtenFiles = java.util.concurrent.ConcurrentHashMap.newKeySet();

    void wrote(String path) {
      written.incrementAndGet();
      writtenFiles.add(path);
    }

    /** The files written. */
    java.util.Set<String> writtenFiles() {
      return writtenFiles;
    }
  }

  /** {@code out} null renders without writing. */
  static void run(List<PagePlan> plans, List<GeneratedFile> generated, List<StaticFile> statics,
      PageRenderer renderer, OutputWriter out, Progress progress) throws IOException {
    run(plans, generated, statics, renderer, out, progress, null, null, new Counts());
  }

  /**
   * As above, and with {@code manifest} (and the {@code fingerprints} of pages) records what
   * each file is for the next build. When {@code out} updates the last build's output in place,
   * a page whose fingerprint is unchanged is not rendered, and a file whose bytes are unchanged
   * is not written. When the site has the shape it had in the last build, a page none of whose
   * stories changed is kept without its data being made: its fingerprint is the same (see
   * {@link Fingerprints#shape}).
   */
  static void run(List<PagePlan> plans, List<GeneratedFile> generated, List<StaticFile> statics,
      PageRenderer renderer, OutputWriter out, Progress progress, Fingerprints fingerprints,
      PageManifest manifest, Counts counts) throws IOException {
    boolean update = out != null && manifest != null && out.updating();
    boolean[] changedStories = manifest == null ? null
        : changedStories(manifest, fingerprints, update);
    progress.begin("Rendering pages", plans.size() + generated.size());
    BlockingQueue<Rendered> queue = new ArrayBlockingQueue<>(QUEUE);
    int cores = Runtime.getRuntime().availableProcessors();
    ExecutorService writerThreads = Executors.newFixedThreadPool(cores, r -> {
      Thread t = new Thread(r, "broadsheet-writer");
      t.setDaemon(true);
      return t;
    });
    List<Future<?>> writing = new ArrayList<>();
    for (int i = 0; i < cores; i++) {
      writing.add(writerThreads.submit(() -> {
        for (Rendered r = take(queue); r != END; r = take(queue)) {
          if (out != null) {
            out.write(r.path(), r.bytes());
            counts.wrote(r.path());
          }
          progress.step();
        }
        return null;
      }));
    }
    ForkJoinPool pool = new ForkJoinPool(cores);
    try {
      pool.submit(() -> {
        plans.parallelStream().forEach(plan -> {
          if (manifest == null) {
            counts.rendered.incrementAndGet();
            renderer.render(plan).ifPresentOrElse(
                bytes -> put(queue, new Rendered(plan.file(), bytes), writing), progress::step);
            return;
          }
          if (changedStories != null
              && keptForShape(plan, manifest, out, changedStories, fingerprints)) {
            progress.step();
            return;
          }
          Map<String, Object> model = plan.model().get();
          Fingerprints.Page page = fingerprints.page(plan.template(), model);
          String fingerprint = page.fingerprint();
          if (update) {
            counts.compared.incrementAndGet();
          }
          if (kept(manifest, out, update, plan.file(), fingerprint, page.stories())) {
            progress.step();
            return;
          }
          counts.rendered.incrementAndGet();
          renderer.render(plan, model).ifPresentOrElse(bytes -> {
            if (changed(manifest, out, update, plan.file(), fingerprint, page.stories(), bytes)) {
              put(queue, new Rendered(plan.file(), bytes), writing);
            } else {
              progress.step();
            }
          }, progress::step);
        });
        generated.parallelStream().forEach(file -> {
          String fingerprint = manifest == null || file.inputs() == null ? null
              : fingerprints.ofInputs(file.inputs());
          if (kept(manifest, out, update, file.path(), fingerprint, null)) {
            progress.step();
            return;
          }
          counts.generated.incrementAndGet();
          byte[] bytes = file.bytes().get();
          if (manifest == null
              || changed(manifest, out, update, file.path(), fingerprint, null, bytes)) {
            put(queue, new Rendered(file.path(), bytes), writing);
          } else {
            progress.step();
          }
        });
      }).get();
      for (int i = 0; i < cores; i++) {
        put(queue, END, writing);
      }
      for (Future<?> w : writing) {
        w.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (ExecutionException e) {
      writing.forEach(w -> w.cancel(true));
      throw unwrap(e);
    } finally {
      pool.shutdown();
      writerThreads.shutdownNow();
    }
    if (out != null) {
      for (StaticFile file : statics) {
        ParseCache.Stamp on = file.file() == null ? null : ParseCache.Stamp.of(file.file());
        String stamp = on == null ? null : "file " + on.size() + " " + on.modified();
        if (kept(manifest, out, update, file.path(), stamp, null)) {
          continue;
        }
        long size = on == null ? 0 : on.size();
        if (size > HELD) {
          // Copied a block at a time, never held whole: a video in static/ may be larger than
          // the heap. Hashed only for the manifest.
          if (manifest == null || changed(manifest, out, update, file.path(), stamp, null,
              hash(file.file()), size)) {
            out.copy(file.file(), file.path());
            counts.wrote(file.path());
          }
          continue;
        }
        byte[] bytes;
        try (InputStream in = file.opener().open()) {
          bytes = in.readAllBytes();
        }
        if (manifest == null || changed(manifest, out, update, file.path(), stamp, null, bytes)) {
          out.write(file.path(), bytes);
          counts.wrote(file.path());
        }
      }
    }
  }

  /**
   * Records the shape of this build's site in {@code manifest}, and if the output is updated in
   * place and the last build's site had the same shape, says which of its stories changed, by
   * place; else null.
   */
  private static boolean[] changedStories(PageManifest manifest, Fingerprints fingerprints,
      boolean update) {
    String hash = fingerprints.shape();
    if (hash == null) {
      return null;
    }
    PageManifest.Shape now = new PageManifest.Shape(hash, fingerprints.stories());
    manifest.shape(now);
    PageManifest.Shape before = manifest.previousShape();
    if (!update || before == null || !before.hash().equals(now.hash())
        || before.stories().length != now.stories().length) {
      return null;
    }
    boolean[] changed = new boolean[now.stories().length];
    for (int i = 0; i < changed.length; i++) {
      changed[i] = !before.stories()[i].equals(now.stories()[i]);
    }
    return changed;
  }

  /**
   * Whether the last build's page for {@code plan} stands as it is although its data was not
   * made: the site has the last build's shape, the page was made from known stories none of
   * which changed, and its file is still there at its size (see {@link #kept}, which records
   * it in the manifest again).
   */
  private static boolean keptForShape(PagePlan plan, PageManifest manifest, OutputWriter out,
      boolean[] changedStories, Fingerprints fingerprints) {
    PageManifest.Entry before = manifest.previous(plan.file());
    if (before == null || before.stories() == null || before.fingerprint().isEmpty()) {
      return false;
    }
    for (int place : before.stories()) {
      if (changedStories[place]) {
        return false;
      }
    }
    if (CHECK_SHAPE) {
      Fingerprints.Page page = fingerprints.page(plan.template(), plan.model().get());
      if (!page.fingerprint().equals(before.fingerprint())
          || !java.util.Arrays.equals(page.stories(), before.stories())) {
        throw new IllegalStateException("page " + plan.file() + " was kept for the site's shape,"
            + " but its data changed");
      }
    }
    return kept(manifest, out, true, plan.file(), before.fingerprint(), before.stories());
  }

  /**
   * Whether the last build's file at {@code path} stands as it is: the output is updated in
   * place, the file was made from the same {@code fingerprint} (null: unknown) and is still there
   * at its size. If so, it is recorded in the manifest again, with the places of the
   * {@code stories} it shows now.
   */
  private static boolean kept(PageManifest manifest, OutputWriter out, boolean update,
      String path, String fingerprint, int[] stories) {
    PageManifest.Entry before = manifest == null ? null : manifest.previous(path);
    if (update && fingerprint != null && before != null && before.fingerprint().equals(fingerprint)
        && out.has(path, before.size())) {
      manifest.record(path, new PageManifest.Entry(before.fingerprint(), before.content(),
          before.size(), stories));
      return true;
    }
    return false;
  }

  /**
   * Records {@code bytes} at {@code path} in the manifest and says whether they must be written:
   * always when replacing the output whole, else when they differ from the last build's.
   */
  private static boolean changed(PageManifest manifest, OutputWriter out, boolean update,
      String path, String fingerprint, int[] stories, byte[] bytes) {
    return changed(manifest, out, update, path, fingerprint, stories, FastHash.of(bytes),
        bytes.length);
  }

  /** As above, for {@code size} bytes whose hash is {@code content}. */
  private static boolean changed(PageManifest manifest, OutputWriter out, boolean update,
      String path, String fingerprint, int[] stories, String content, long size) {
    manifest.record(path, new PageManifest.Entry(fingerprint == null ? content : fingerprint,
        content, size, stories));
    PageManifest.Entry before = manifest.previous(path);
    return !update || before == null || !before.content().equals(content)
        || !out.has(path, size);
  }

  /** The hash of the file's bytes, read a block at a time. */
  private static String hash(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return FastHash.of(in);
    }
  }

  /** The failure of a rendering or writing thread, as it was thrown there. */
  private static RuntimeException unwrap(ExecutionException e) {
    if (e.getCause() instanceof RuntimeException runtime) {
      return runtime;
    }
    if (e.getCause() instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(e.getCause());
  }

  private static Rendered take(BlockingQueue<Rendered> queue) throws InterruptedException {
    return queue.take();
  }

  /**
   * Hands a file to the writers, waiting while the queue is full; if a writer has failed, its
   * failure is thrown here so that rendering stops.
   */
  private static void put(BlockingQueue<Rendered> queue, Rendered r, List<Future<?>> writing) {
    try {
      while (!queue.offer(r, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        for (Future<?> w : writing) {
          if (w.isDone()) {
            w.get();
            throw new IllegalStateException("a writer stopped early");
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (ExecutionException e) {
      throw unwrap(e);
    }
  }
}
