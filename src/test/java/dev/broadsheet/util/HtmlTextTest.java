package dev.broadsheet.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void wordsWithoutTagsAndTheIdsOfElements() {
    HtmlText t = HtmlText.of("<h2 id=\"the-vote\">The vote</h2>\n<p class=\"x\">Tom &amp; Jerry"
        + " said &quot;no&quot; &lt;twice&gt;<sup class=\"fn\" id=\"fnref-1\">1</sup></p>"
        + "<p>id=\"not-an-element\" &copy;</p>");
    assertThat(t.text()).isEqualTo(" The vote \n Tom & Jerry said \"no\" <twice> 1  "
        + " id=\"not-an-element\" &copy; ");
    assertThat(t.ids()).containsExactly("the-vote", "fnref-1");
  }

  @Test
  void anUnclosedTagEndsTheText() {
    assertThat(HtmlText.of("Fine <b").text()).isEqualTo("Fine <b");
  }
}
