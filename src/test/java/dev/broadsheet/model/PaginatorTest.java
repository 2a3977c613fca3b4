package dev.broadsheet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginatorTest {

  private static List<Integer> items(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  @Test
  void anEmptyListIsOneEmptyPage() {
    var pages = Paginator.paginate(items(0), 10);
    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).items()).isEmpty();
    assertThat(pages.get(0).hasNext()).isFalse();
  }

  @Test
  void oneItemIsOnePage() {
    assertThat(Paginator.paginate(items(1), 10)).hasSize(1);
  }

  @Test
  void exactlyOnePageLeavesNoEmptyPageAfterIt() {
    var pages = Paginator.paginate(items(10), 10);
    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).items()).hasSize(10);
  }

  @Test
  void oneMoreThanAPageMakesASecondPageOfOne() {
    var pages = Paginator.paginate(items(11), 10);
    assertThat(pages).hasSize(2);
    assertThat(pages.get(1).items()).containsExactly(10);
    assertThat(pages.get(1).hasPrevious()).isTrue();
    assertThat(pages.get(0).hasNext()).isTrue();
    assertThat(pages.get(1).count()).isEqualTo(2);
  }

  @Test
  void firstPageIsTheBareUrl() {
    assertThat(Permalinks.page("world/", 1)).isEqualTo("world/");
    assertThat(Permalinks.page("world/", 2)).isEqualTo("world/page/2/");
  }
}
