package dev.broadsheet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {

  @Test
  void splitsYamlFromBodyAndCountsLines() throws Exception {
    var split = FrontMatterSplitter.split("---\ntitle: A\ndate: 2023-01-01\n---\nBody\n");
    assertThat(split.yaml()).isEqualTo("title: A\ndate: 2023-01-01\n");
    assertThat(split.yamlOffset()).isEqualTo(1);
    assertThat(split.body()).isEqualTo("Body\n");
    assertThat(split.bodyOffset()).isEqualTo(4);
  }

  @Test
  void acceptsThreeDotsAsTheClosingFence() throws Exception {
    var split = FrontMatterSplitter.split("---\ntitle: A\n...\nBody");
    assertThat(split.body()).isEqualTo("Body");
  }

  @Test
  void aFileOfOnlyFrontMatterHasAnEmptyBody() throws Exception {
    assertThat(FrontMatterSplitter.split("---\ntitle: A\n---").body()).isEmpty();
  }

  @Test
  void frontMatterThatNeverClosesIsAnErrorAtItsFirstLine() {
    assertThatThrownBy(() -> FrontMatterSplitter.split("---\ntitle: A\n\nBody text"))
        .isInstanceOf(FrontMatterSplitter.SplitException.class)
        .hasMessageContaining("never closes")
        .satisfies(e -> assertThat(((FrontMatterSplitter.SplitException) e).line()).isEqualTo(1));
  }

  @Test
  void aFileWithoutFrontMatterSaysHowToStartOne() {
    assertThatThrownBy(() -> FrontMatterSplitter.split("# Just a heading\n"))
        .hasMessageContaining("must begin with a '---' line");
  }

  @Test
  void tomlFrontMatterIsNamed() {
    assertThatThrownBy(() -> FrontMatterSplitter.split("+++\ntitle = 'x'\n+++\n"))
        .hasMessageContaining("TOML");
  }

  @Test
  void jsonFrontMatterIsNamed() {
    assertThatThrownBy(() -> FrontMatterSplitter.split("{\n\"title\": \"x\"\n}\nBody\n"))
        .hasMessageStartingWith("JSON front matter ('{') is not supported");
  }

  @Test
  void frontMatterWithoutItsFencesIsToldWhereTheyGo() {
    assertThatThrownBy(() -> FrontMatterSplitter.split("title: A\ndate: 2024-01-01\n\nBody\n"))
        .hasMessageEndingWith("the first line looks like front matter: put '---' above it and"
            + " after its last key");
    assertThatThrownBy(() -> FrontMatterSplitter.split("# Just a heading\n"))
        .message().doesNotContain("looks like front matter");
  }

  @Test
  void anEmptyFileIsAnError() {
    assertThatThrownBy(() -> FrontMatterSplitter.split("  \n"))
        .hasMessageContaining("empty file");
  }
}
