package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SitePaths;
import dev.broadsheet.testutil.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same bytes, whatever order the file system lists files in, the JVM's
 * default locale (Turkish, with its dotless i) and time zone, and the number of threads.
 */
class DeterminismTest {
  @TempDir Path dir;

  static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(),
            new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  /** Copies the example site, creating its files in the given order. */
  static void copyExample(Path target, boolean reversed) throws IOException {
    Path example = Path.of("").toAbsolutePath();
    List<Path> files = new ArrayList<>();
    for (String part : new String[] {"site.yaml", "content", "static", "templates"}) {
      try (Stream<Path> walk = Files.walk(example.resolve(part))) {
        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    if (reversed) {
      Collections.reverse(files);
    }
    for (Path file : files) {
      Path copy = target.resolve(example.relativize(file).toString());
      Files.createDirectories(copy.getParent());
      Files.copy(file, copy);
    }
  }

  @Test
  void twoBuildsAreByteIdenticalWhateverTheMachine() throws Exception {
    copyExample(dir.resolve("a"), false);
    copyExample(dir.resolve("b"), true);
    Clock clock = Clock.fixed(TestSite.NOW, ZoneOffset.UTC);
    BuildReport first = new Generator().run(new SitePaths(dir.resolve("a"), dir.resolve("out-a")),
        BuildOptions.defaults(clock));
    assertThat(first.errors()).isZero();

    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    ForkJoinPool oneThread = new ForkJoinPool(1);
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      BuildReport second = oneThread.submit(() -> new Generator().run(
          new SitePaths(dir.resolve("b"), dir.resolve("out-b")), BuildOptions.defaults(clock))).get();
      assertThat(second.errors()).isZero();
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
      oneThread.shutdown();
    }
    Map<String, String> a = snapshot(dir.resolve("out-a"));
    Map<String, String> b = snapshot(dir.resolve("out-b"));
    assertThat(b.keySet()).isEqualTo(a.keySet());
    a.forEach((file, bytes) -> assertThat(b.get(file)).as(file).isEqualTo(bytes));
  }
}
