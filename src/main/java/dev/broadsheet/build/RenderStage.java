package dev.broadsheet.build;

import dev.broadsheet.output.OutputWriter;
import dev.broadsheet.output.StaticFile;
import dev.broadsheet.render.PagePlan;
import dev.broadsheet.render.PageRenderer;
import dev.broadsheet.syndication.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
 * and handed to a single writing thread: file systems serialise the creation of files and
 * folders, and several threads writing at once spend their time waiting on each other's locks
 * (on this project's machine, four writers took three times the system time of one).
 */
final class RenderStage {
  /** Rendered files waiting for the writer; bounds the memory they take. */
  private static final int QUEUE = 256;

  private record Rendered(String path, byte[] bytes) {}

  private static final Rendered END = new Rendered("", new byte[0]);

  private RenderStage() {}

  /** {@code out} null renders without writing. */
  static void run(List<PagePlan> plans, List<GeneratedFile> generated, List<StaticFile> statics,
      PageRenderer renderer, OutputWriter out, Progress progress) throws IOException {
    progress.begin("Rendering pages", plans.size() + generated.size());
    BlockingQueue<Rendered> queue = new ArrayBlockingQueue<>(QUEUE);
    ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "broadsheet-writer");
      t.setDaemon(true);
      return t;
    });
    Future<?> writing = writerThread.submit(() -> {
      for (Rendered r = take(queue); r != END; r = take(queue)) {
        if (out != null) {
          out.write(r.path(), r.bytes());
        }
        progress.step();
      }
      return null;
    });
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    try {
      pool.submit(() -> {
        plans.parallelStream().forEach(plan -> renderer.render(plan).ifPresentOrElse(
            bytes -> put(queue, new Rendered(plan.file(), bytes), writing), progress::step));
        generated.parallelStream().forEach(
            file -> put(queue, new Rendered(file.path(), file.bytes().get()), writing));
      }).get();
      put(queue, END, writing);
      writing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (ExecutionException e) {
      writing.cancel(true);
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
      writerThread.shutdownNow();
    }
    if (out != null) {
      for (StaticFile file : statics) {
        try (InputStream in = file.opener().open()) {
          out.copy(in, file.path());
        }
      }
    }
  }

  private static Rendered take(BlockingQueue<Rendered> queue) throws InterruptedException {
    return queue.take();
  }

  /**
   * Hands a file to the writer, waiting while the queue is full; if the writer has failed, its
   * failure is thrown here so that rendering stops.
   */
  private static void put(BlockingQueue<Rendered> queue, Rendered r, Future<?> writing) {
    try {
      while (!queue.offer(r, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        if (writing.isDone()) {
          writing.get();
          throw new IllegalStateException("the writer stopped early");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
