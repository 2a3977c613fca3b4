package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testutil.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's own templates and assets win over the default theme's, file by file. */
class ThemeOverrideTest {
  @TempDir Path dir;

  @Test
  void aSitePartialReplacesTheThemesAndTheRestStaysTheThemes() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md", "title: A\ndate: 2024-01-01", "x") + """
        === templates/partials/footer.ftlh
        <#macro footer><footer id="own">Our own footer for ${site.title}</footer></#macro>
        === templates/assets/style.css
        body { color: red; }
        === templates/assets/extra.js
        // a site's own asset
        === static/robots.txt
        User-agent: *
        """);
    site.buildClean();
    var home = site.page("index.html");
    assertThat(home.select("footer#own").text()).isEqualTo("Our own footer for Test Times");
    assertThat(home.select("header.masthead")).hasSize(1);
    assertThat(site.read("assets/style.css")).isEqualTo("body { color: red; }\n");
    assertThat(site.exists("assets/favicon.svg")).isTrue();
    assertThat(site.exists("assets/extra.js")).isTrue();
    assertThat(site.read("robots.txt")).isEqualTo("User-agent: *\n");
  }

  @Test
  void theThemeAloneBuildsASiteWithNoTemplatesFolder() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md", "title: A\ndate: 2024-01-01", "x"));
    site.buildClean();
    assertThat(site.read("assets/style.css")).contains("prefers-color-scheme: dark");
    assertThat(site.page("world/2024/01/01/a/index.html").select("h1").text()).isEqualTo("A");
  }

  @Test
  void anErrorATemplateRecoversFromIsNotLogged() {
    TestSite site = TestSite.write(dir, config("") + article("world/a.md", "title: A\ndate: 2024-01-01", "x") + """
        === templates/404.ftlh
        <#attempt>${missingValue}<#recover><p>Not found.</p></#attempt>
        """);
    List<LogRecord> logged = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord logRecord) {
        logged.add(logRecord);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger freemarker = Logger.getLogger("freemarker");
    freemarker.addHandler(handler);
    try {
      site.buildClean();
    } finally {
      freemarker.removeHandler(handler);
    }
    assertThat(site.read("404.html")).isEqualTo("<p>Not found.</p>\n");
    assertThat(logged).as("what FreeMarker logged (a stack trace on the console)").isEmpty();
  }
}
