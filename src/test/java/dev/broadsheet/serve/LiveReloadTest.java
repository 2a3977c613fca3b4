package dev.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LiveReloadTest {

  @Test
  void changedPagesAreNamedByTheirUrls() {
    assertThat(LiveReload.reloadData(new TreeSet<>(List.of("index.html", "world/index.html",
        "world/2024/01/01/story/index.html", "feed.xml", "search/t/6162.json", "robots.txt",
        "page.html")), "/"))
        .isEqualTo("{\"paths\":[\"/\",\"/page.html\",\"/world/2024/01/01/story/\",\"/world/\"]}");
    assertThat(LiveReload.reloadData(Set.of("feed.xml"), "/")).isEqualTo("{\"paths\":[]}");
  }

  @Test
  void anythingElseAPageMayLoadReloadsEveryPage() {
    assertThat(LiveReload.reloadData(new LinkedHashSet<>(List.of("world/index.html",
        "assets/style.css")), "/")).isEqualTo("{}");
    assertThat(LiveReload.reloadData(Set.of("images/photo.jpg"), "/")).isEqualTo("{}");
    assertThat(LiveReload.reloadData(Set.of("404.html"), "/")).isEqualTo("{}");
  }

  @Test
  void aLongListReloadsEveryPageInstead() {
    Set<String> many = new TreeSet<>();
    for (int i = 0; i <= LiveReload.MAX_PATHS; i++) {
      many.add("story-" + i + "/index.html");
    }
    assertThat(LiveReload.reloadData(many, "/")).isEqualTo("{}");
    many.remove("story-0/index.html");
    assertThat(LiveReload.reloadData(many, "/")).startsWith("{\"paths\":[");
  }
}
