package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testutil.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build over an earlier build's output (an incremental build, with the cache the first one
 * left) gives exactly the bytes a build without any cache gives, after edits, additions,
 * deletions, a template change and a site.yaml change.
 */
class RebuildTest {
  @TempDir Path dir;

  private TestSite site() {
    StringBuilder spec = new StringBuilder(config("pageSize: 2"));
    for (int i = 0; i < 7; i++) {
      spec.append(article((i % 2 == 0 ? "world" : "business") + "/story-" + i + ".md",
          "title: Story " + i + "\ndate: 2024-0" + (1 + i % 6) + "-1" + i + "T10:00:00Z\ntags: [t" + (i % 3) + "]",
          "Body of story " + i + "."));
    }
    return TestSite.write(dir, spec.toString());
  }

  private void sameAsCleanAfter(Consumer<TestSite> change) throws Exception {
    sameAsCleanAfter(site(), change);
  }

  private void sameAsCleanAfter(TestSite site, Consumer<TestSite> change) throws Exception {
    site.buildClean();
    change.accept(site);
    site.buildClean();
    IncrementalBuildTest.assertSameAsUncachedBuild(site, dir.resolve("clean"));
  }

  @Test
  void afterAnEdit() throws Exception {
    sameAsCleanAfter(s -> s.add(article("world/story-2.md",
        "title: Story two, edited\ndate: 2024-03-12T10:00:00Z\ntags: [t2, new]", "New body.")));
  }

  @Test
  void afterAnAddition() throws Exception {
    sameAsCleanAfter(s -> s.add(article("sport/story-9.md", "title: Story 9\ndate: 2024-06-30", "Nine.")));
  }

  @Test
  void afterADeletion() throws Exception {
    sameAsCleanAfter(s -> {
      try {
        Files.delete(dir.resolve("content/business/story-3.md"));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /**
   * A theme whose article pages show what a story's view takes from the rest of the site: its
   * section's, tags' and authors' counts and its authors' profiles. An unchanged article's page
   * must still change when they do.
   */
  private TestSite siteShowingReferences() {
    return site()
        .add(article("world/profiled.md", "title: Profiled\ndate: 2024-02-02T10:00:00Z\n"
            + "authors: [ann-lee]\ntags: [t1]", "By Ann."))
        .file("content/authors/ann-lee.yaml", "name: Ann Lee\nrole: Reporter\n")
        .file("templates/article.ftlh", """
            <#-- Sees: article. -->
            <p>${article.title} in ${article.section.title} (${article.section.count?c})</p>
            <#list article.tags as t><p>${t.name}: ${t.count?c}</p></#list>
            <#list article.authors as a><p>${a.name}, ${a.role!"-"}: ${a.count?c}</p></#list>
            """);
  }

  @Test
  void afterAnotherArticleJoinsItsTagSectionAndAuthor() throws Exception {
    // An edit, not an addition: the site's article count, which every page sees, stays.
    sameAsCleanAfter(siteShowingReferences(), s -> s.add(article("business/story-1.md",
        "title: Story 1\ndate: 2024-02-11T10:00:00Z\nsection: world\nauthors: [ann-lee]\n"
            + "tags: [t1, t2]", "Moved.")));
  }

  @Test
  void afterAnAuthorProfileChange() throws Exception {
    sameAsCleanAfter(siteShowingReferences(),
        s -> s.file("content/authors/ann-lee.yaml", "name: Ann Lee\nrole: Editor\n"));
  }

  @Test
  void afterATemplateChange() throws Exception {
    sameAsCleanAfter(s -> s.file("templates/partials/footer.ftlh",
        "<#macro footer><footer>Changed footer</footer></#macro>\n"));
  }

  @Test
  void afterASiteYamlChange() throws Exception {
    sameAsCleanAfter(s -> s.file("site.yaml",
        "title: Renamed Times\nbaseUrl: https://renamed.example/\npageSize: 3\n"
            + "sections: [{key: business, title: Money}, {key: world}, {key: sport}]\n"));
  }
}
