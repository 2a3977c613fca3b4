package dev.broadsheet.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testutil.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives the same bytes, whatever the machine's locale and time zone. */
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

  @Test
  void twoBuildsAreByteIdenticalUnderAnyLocaleAndZone() throws Exception {
    Path example = Path.of("").toAbsolutePath();
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      var first = new Generator().run(new dev.broadsheet.config.SitePaths(example, dir.resolve("a")),
          BuildOptions.defaults(java.time.Clock.fixed(TestSite.NOW, java.time.ZoneOffset.UTC)));
      assertThat(first.errors()).isZero();
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      var second = new Generator().run(new dev.broadsheet.config.SitePaths(example, dir.resolve("b")),
          BuildOptions.defaults(java.time.Clock.fixed(TestSite.NOW, java.time.ZoneOffset.UTC)));
      assertThat(second.errors()).isZero();
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    Map<String, String> a = snapshot(dir.resolve("a"));
    Map<String, String> b = snapshot(dir.resolve("b"));
    assertThat(b.keySet()).isEqualTo(a.keySet());
    a.forEach((file, text) -> assertThat(b.get(file)).as(file).isEqualTo(text));
  }
}
