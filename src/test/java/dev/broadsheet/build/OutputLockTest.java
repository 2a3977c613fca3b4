package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testutil.TestSite;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of one output take turns, in one process or in two. */
class OutputLockTest {
  @TempDir Path dir;

  private TestSite site() {
    return TestSite.write(dir, config("") + article("world/a.md", "title: A\ndate: 2024-01-01", "x"));
  }

  /** A progress that counts down {@code waited} when the build says it waits. */
  private static Progress waitingOn(CountDownLatch waited) {
    return Progress.notices(line -> {
      assertThat(line).isEqualTo("Waiting for another build of output/ to finish...");
      waited.countDown();
    });
  }

  @Test
  void aBuildWaitsForAnotherOfTheSameOutputInThisProcess() throws Exception {
    TestSite site = site();
    CountDownLatch waited = new CountDownLatch(1);
    BuildReport report;
    try (OutputLock held = OutputLock.acquire(Generator.lockFile(site.paths()), true, () -> { })) {
      CompletableFuture<BuildReport> second = CompletableFuture.supplyAsync(
          () -> new Generator().run(site.paths(), site.options(), waitingOn(waited)));
      assertThat(waited.await(60, TimeUnit.SECONDS)).as("the second build waits").isTrue();
      assertThat(second).isNotDone();
      held.close();
      report = second.get(60, TimeUnit.SECONDS);
    }
    assertThat(report.published()).isTrue();
    assertThat(site.exists("world/2024/01/01/a/index.html")).isTrue();
  }

  @Test
  void aBuildWaitsForABuildOfAnotherProcess() throws Exception {
    TestSite site = site();
    Path lock = Generator.lockFile(site.paths());
    Files.createDirectories(lock.getParent());
    Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
        lock.toString()).redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("locked");
      CountDownLatch waited = new CountDownLatch(1);
      CompletableFuture<BuildReport> build = CompletableFuture.supplyAsync(
          () -> new Generator().run(site.paths(), site.options(), waitingOn(waited)));
      assertThat(waited.await(60, TimeUnit.SECONDS)).as("the build waits").isTrue();
      assertThat(build).isNotDone();
      other.getOutputStream().close(); // the other process lets go and ends
      assertThat(build.get(60, TimeUnit.SECONDS).published()).isTrue();
    } finally {
      other.destroy();
    }
    assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aBuildWithoutTheCacheKeepsNoLockFileEither() {
    TestSite site = site();
    BuildReport report = new Generator().run(site.paths(), site.options().withCache(false));
    assertThat(report.published()).isTrue();
    assertThat(site.root().resolve(".broadsheet-cache")).doesNotExist();
    new Generator().run(site.paths(), site.options());
    assertThat(Generator.lockFile(site.paths())).exists();
  }

  /** Another process that holds the lock of file {@code args[0]} until its input ends. */
  public static final class LockHolder {
    public static void main(String[] args) throws Exception {
      try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE); var lock = channel.lock()) {
        System.out.println("locked");
        System.out.flush();
        while (System.in.read() >= 0) {
          // Hold the lock until the test closes this process's input.
        }
      }
    }
  }
}
