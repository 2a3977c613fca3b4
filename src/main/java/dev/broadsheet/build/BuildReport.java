package dev.broadsheet.build;

import dev.broadsheet.problem.Problem;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a build did: the problems found, counts, how long each stage took (in milliseconds, in
 * order), whether the output was replaced, when the next scheduled article falls due, how much
 * work the build did ({@link Work}: an incremental build does little), and, when it updated the
 * last build's output in place, which files of it it wrote or deleted ({@code changedFiles}; none
 * when it replaced the output whole or published nothing).
 */
public record BuildReport(
    List<Problem> problems,
    int articles,
    int failedArticles,
    int pages,
    int files,
    Map<String, Long> stageMillis,
    boolean published,
    Optional<ZonedDateTime> nextDue,
    Work work,
    Optional<Set<String>> changedFiles) {

  /**
   * How many article files the site has and how many were read (the rest came unchanged from
   * the build cache), how many pages' data was made to compare it with the last build's (the
   * rest showed no changed story of a site of unchanged shape), how many pages were rendered
   * (the rest were unchanged), how many of the other files made by code (feeds, sitemaps, the
   * search index) there are and how many were made (the rest were unchanged), and how many
   * files were written.
   */
  public record Work(int articleFiles, int articlesRead, int pagesCompared, int pagesRendered,
      int generatedFiles, int generatedMade, int filesWritten) {
    public static final Work NONE = new Work(0, 0, 0, 0, 0, 0, 0);
  }

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
