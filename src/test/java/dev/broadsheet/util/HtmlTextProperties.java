package dev.broadsheet.util;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link HtmlText} copies text a run at a time; it must give what reading it char by char gives. */
class HtmlTextProperties {
  private static final String[][] ENTITIES = {{"&quot;", "\""}, {"&#39;", "'"}, {"&lt;", "<"},
      {"&gt;", ">"}, {"&amp;", "&"}};

  /** The definition: every character in turn, a tag as one space, the five entities decoded. */
  private static String reference(String html) {
    StringBuilder sb = new StringBuilder();
    int n = html.length();
    for (int i = 0; i < n; i++) {
      char c = html.charAt(i);
      if (c == '<') {
        int close = html.indexOf('>', i);
        if (close < 0) {
          sb.append(html, i, n);
          break;
        }
        sb.append(' ');
        i = close;
      } else if (c == '&') {
        String decoded = "&";
        int length = 1;
        for (String[] e : ENTITIES) {
          if (html.startsWith(e[0], i)) {
            decoded = e[1];
            length = e[0].length();
            break;
          }
        }
        sb.append(decoded);
        i += length - 1;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Property
  void textIsWhatReadingCharByCharGives(@ForAll("html") String html) {
    assertThat(HtmlText.of(html).text()).isEqualTo(reference(html));
  }

  /** Fragments of bodies: text, tags with and without ids, entities and stray marks. */
  @Provide
  Arbitrary<String> html() {
    return Arbitraries.of("word", " ", "\n", "é", "<p>", "</p>", "<h2 id=\"a-b\">", "</h2>", "<",
            ">", "&", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&copy;", "&am", "<b", "\"",
            "id=\"x\"", "<img alt=\"&amp;\">")
        .list().ofMaxSize(30).map(parts -> String.join("", parts));
  }
}
