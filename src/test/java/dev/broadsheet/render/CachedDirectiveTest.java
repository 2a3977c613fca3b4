package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.problem.Problem;
import dev.broadsheet.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <@cached key>} renders what it encloses once a build for each key: the same key gives
 * the first output again, another key its own, and the next build (another renderer) or the dev
 * server's quick look at an edit starts afresh.
 */
class CachedDirectiveTest {
  @TempDir Path site;

  private static final Map<String, Object> MODEL = Map.of("items", List.of(
      Map.of("key", "a", "text", "first <a>"),
      Map.of("key", "a", "text", "second"),
      Map.of("key", "b", "text", "third")));

  private Templates templates(String template) throws Exception {
    Path templates = site.resolve("templates");
    Files.createDirectories(templates);
    Files.writeString(templates.resolve("page.ftlh"), template);
    return new Templates(templates, Locale.ENGLISH);
  }

  private static String render(PageRenderer renderer, Map<String, Object> model) {
    PagePlan plan = new PagePlan("", "page.ftlh", "site.yaml", null, () -> model);
    return new String(renderer.render(plan).orElseThrow(), StandardCharsets.UTF_8);
  }

  @Test
  void theSameKeyGivesTheFirstOutputAgainWithinABuild() throws Exception {
    PageRenderer renderer = new PageRenderer(templates(
        "<#list items as i><@cached key=\"item ${i.key}\">[${i.text}]</@cached></#list>"));

    assertThat(render(renderer, MODEL)).isEqualTo("[first &lt;a&gt;][first &lt;a&gt;][third]");
    // Kept for the other pages of the build.
    assertThat(render(renderer, Map.of("items", List.of(Map.of("key", "b", "text", "other")))))
        .isEqualTo("[third]");
  }

  @Test
  void outputCapturedByATemplateIsTheSame() throws Exception {
    PageRenderer renderer = new PageRenderer(templates("<#list items as i><#assign captured>"
        + "<@cached key=\"item ${i.key}\">(${i.text} \u2019)</@cached></#assign>${captured}</#list>"));

    assertThat(render(renderer, MODEL))
        .isEqualTo("(first &lt;a&gt; \u2019)(first &lt;a&gt; \u2019)(third \u2019)");
  }

  @Test
  void outputBeyondTheBasicPlaneOrWithALoneSurrogateIsWrittenAsWithoutTheDirective()
      throws Exception {
    // The last item's text begins with the low half of a pair whose high half the page wrote
    // just before it.
    Map<String, Object> model = Map.of("items", List.of(
        Map.of("key", "a", "before", "", "text", "\uD83D\uDCF0 paper \u00e9"),
        Map.of("key", "a", "before", "", "text", "unused"),
        Map.of("key", "b", "before", "", "text", "lone \uD800 high"),
        Map.of("key", "c", "before", "x\uD83D", "text", "\uDCF0 joined")));
    String plain = render(new PageRenderer(templates("<#assign first = {}><#list items as i>"
        + "${i.before}${(first[i.key])!i.text};<#assign first = first + {i.key: (first[i.key])!i.text}>"
        + "</#list>")), model);
    String cached = render(new PageRenderer(templates("<#list items as i>${i.before}"
        + "<@cached key=\"item ${i.key}\">${i.text}</@cached>;</#list>")), model);

    assertThat(cached).isEqualTo(plain).startsWith("\uD83D\uDCF0 paper \u00e9;")
        .contains("lone ? high;").endsWith("x\uD83D\uDCF0 joined;");
  }

  @Test
  void anotherBuildOrAQuickLookAtAnEditStartsAfresh() throws Exception {
    Templates templates = templates("<@cached key=\"k\">${items?size}</@cached>");
    PageRenderer build = new PageRenderer(templates);
    assertThat(render(build, MODEL)).isEqualTo("3");
    Map<String, Object> fewer = Map.of("items", List.of());
    assertThat(render(build, fewer)).isEqualTo("3");

    assertThat(render(new PageRenderer(templates), fewer)).isEqualTo("0");
    build.forgetCached();
    assertThat(render(build, fewer)).isEqualTo("0");
  }

  @Test
  void aMissingKeyIsATemplateErrorAtItsPlace() throws Exception {
    PageRenderer renderer = new PageRenderer(templates("<p>\n  <@cached>text</@cached>\n</p>"));
    PagePlan plan = new PagePlan("", "page.ftlh", "site.yaml", null, () -> MODEL);

    assertThat(renderer.render(plan)).isEmpty();
    Problems problems = new Problems();
    renderer.report(problems);
    List<Problem> reported = problems.sorted();
    assertThat(reported).hasSize(1);
    assertThat(reported.get(0).file()).isEqualTo("templates/page.ftlh");
    assertThat(reported.get(0).line()).isEqualTo(2);
    assertThat(reported.get(0).message()).contains("<@cached> takes one parameter, key");
  }
}
