package dev.broadsheet.build;

import dev.broadsheet.problem.Problem;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a build did: the problems found, counts, how long each stage took (in milliseconds, in
 * order), whether the output was replaced, and when the next scheduled article falls due.
 */
public record BuildReport(
    List<Problem> problems,
    int articles,
    int failedArticles,
    int pages,
    int files,
    Map<String, Long> stageMillis,
    boolean published,
    Optional<ZonedDateTime> nextDue) {

  public long errors() {
    return problems.stream().filter(Problem::isError).count();
  }

  public long warnings() {
    return problems.size() - errors();
  }

  public long totalMillis() {
    return stageMillis.values().stream().mapToLong(Long::longValue).sum();
  }
}
