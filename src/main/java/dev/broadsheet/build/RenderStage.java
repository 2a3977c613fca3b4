package dev.broadsheet.build;

import dev.broadsheet.output.OutputWriter;
import dev.broadsheet.output.StaticFile;
import dev.broadsheet.render.PagePlan;
import dev.broadsheet.render.PageRenderer;
import dev.broadsheet.syndication.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Renders every planned page and generated file, and writes them and the static files through
 * the output writer (or nowhere, for check). Pages are rendered in parallel on more threads than
 * cores: writing files waits on the disk, and the extra threads keep the cores busy meanwhile.
 */
final class RenderStage {
  private RenderStage() {}

  /** {@code out} null renders without writing. */
  static void run(List<PagePlan> plans, List<GeneratedFile> generated, List<StaticFile> statics,
      PageRenderer renderer, OutputWriter out, Progress progress) throws IOException {
    progress.begin("Rendering pages", plans.size() + generated.size());
    ForkJoinPool pool = new ForkJoinPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    try {
      pool.submit(() -> {
        plans.parallelStream().forEach(plan -> {
          renderer.render(plan).ifPresent(bytes -> {
            if (out != null) {
              out.write(plan.file(), bytes);
            }
          });
          progress.step();
        });
        generated.parallelStream().forEach(file -> {
          byte[] bytes = file.bytes().get();
          if (out != null) {
            out.write(file.path(), bytes);
          }
          progress.step();
        });
      }).get();
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
    } finally {
      pool.shutdown();
    }
    if (out != null) {
      for (StaticFile file : statics) {
        try (InputStream in = file.opener().open()) {
          out.copy(in, file.path());
        }
      }
    }
  }
}
