package dev.broadsheet.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * One systematic warning (an image missing from every article) does not bury the rest of a
 * report: a kind of warning reported more than 20 times shows its first 10 and a count, and every
 * error and every other warning is shown as it is.
 */
class ProblemLinesTest {
  private static Problem missingImage(int i) {
    return Problem.warning(String.format("content/world/story-%03d.md", i), 8, 15, "image"
        + " 'images/story-" + i + ".jpg' not found (looked for content/world/images/story-" + i
        + ".jpg and static/world/images/story-" + i + ".jpg)");
  }

  @Test
  void tellsAWarningWithoutItsParticulars() {
    assertThat(ProblemLines.kind(missingImage(7).message())).isEqualTo("image '…' not found");
    assertThat(ProblemLines.kind("slug is 239 characters long, too long; keep it to 200"))
        .isEqualTo("slug is # characters long, too long; keep it to #");
    assertThat(ProblemLines.kind("lead image is 800 px wide (a (nested) aside); use 1200 px"))
        .isEqualTo("lead image is # px wide; use # px");
    assertThat(ProblemLines.kind("it's fine")).as("a quote left open").isEqualTo("it's fine");
  }

  @Test
  void sumsUpAKindReportedMoreThanTwentyTimes() {
    List<Problem> problems = new ArrayList<>();
    IntStream.range(0, 30).mapToObj(ProblemLinesTest::missingImage).forEach(problems::add);
    problems.add(Problem.error("content/world/story-005.md", 2, 8, "invalid YAML: broken"));
    problems.add(Problem.warning("content/world/story-006.md", 3, 1, "unknown key 'tilte'"));
    problems.sort(Problem.ORDER);

    List<String> lines = ProblemLines.of(problems, false);

    assertThat(lines).hasSize(10 + 2 + 1);
    assertThat(lines).filteredOn(l -> l.contains(": warning: image")).hasSize(10)
        .first().asString().startsWith("content/world/story-000.md:8:15: warning: image");
    assertThat(lines).contains("content/world/story-005.md:2:8: error: invalid YAML: broken",
        "content/world/story-006.md:3:1: warning: unknown key 'tilte'");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("broadsheet: 20 more warnings like the"
        + " first 10 of \"image '…' not found\" are not shown; --all-warnings shows them");
    assertThat(ProblemLines.of(problems, true))
        .containsExactlyElementsOf(problems.stream().map(Problem::format).toList());
  }

  @Test
  void showsEveryProblemOfAKindReportedTwentyTimesOrFewerAndEveryError() {
    List<Problem> mixed = new ArrayList<>(IntStream.range(0, 20)
        .mapToObj(ProblemLinesTest::missingImage).toList());
    mixed.add(Problem.warning("content/world/z.md", 1, 1, "summary is long"));
    assertThat(ProblemLines.of(mixed, false))
        .containsExactlyElementsOf(mixed.stream().map(Problem::format).toList());
    List<Problem> errors = IntStream.range(0, 40).mapToObj(i -> Problem.error("content/a-" + i
        + ".md", 1, 1, "missing 'date:'")).toList();
    assertThat(ProblemLines.of(errors, false)).hasSize(40);
  }
}
