package dev.broadsheet.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YamlReaderTest {
  private final YamlReader reader = new YamlReader();

  @Test
  void remembersWhereKeysAndValuesStandInTheWholeFile() throws Exception {
    YamlDocument doc = reader.readMapping("title: A\nimage:\n  src: x.png\ntags: [a, b]\n", 1);
    assertThat(doc.keyAt("/title")).isEqualTo(new Position(2, 1));
    assertThat(doc.keyAt("/image/src")).isEqualTo(new Position(4, 3));
    assertThat(doc.valueAt("/image/src")).isEqualTo(new Position(4, 8));
    assertThat(doc.valueAt("/tags/1")).isEqualTo(new Position(5, 11));
    assertThat(doc.root().at("/tags/1").asText()).isEqualTo("b");
  }

  @Test
  void wordsAndNumbersYamlReadsAsValuesKeepTheirTextAsWritten() throws Exception {
    YamlDocument doc = reader.readMapping(
        "title: Yes\nlocation: NO\ntags: [On, off]\nslug: 012\nsize: 1_000\nratio: 1.50\ndraft: yes\n", 0);
    assertThat(doc.root().at("/title").asText()).isEqualTo("Yes");
    assertThat(doc.root().at("/location").asText()).isEqualTo("NO");
    assertThat(doc.root().at("/tags/0").asText()).isEqualTo("On");
    assertThat(doc.root().at("/tags/1").asText()).isEqualTo("off");
    assertThat(doc.root().at("/slug").asText()).isEqualTo("012");
    assertThat(doc.root().at("/size").asText()).isEqualTo("1_000");
    assertThat(doc.root().at("/ratio").asText()).isEqualTo("1.50");
    // To what asks for a value, they are values still.
    assertThat(doc.root().at("/draft").isBoolean()).isTrue();
    assertThat(doc.root().at("/draft").booleanValue()).isTrue();
    assertThat(doc.root().at("/location").booleanValue()).isFalse();
    assertThat(doc.root().at("/size").intValue()).isEqualTo(1000);
  }

  @Test
  void plainValuesYamlReadsOtherwiseAreToldWithTheLineToWrite() {
    String[][] cases = {
        {"title: [Update] Storm hits", "a value that starts with '[' is read as a list, and the"
            + " words after it are left over; put the whole value in quotes: title: \"[Update] Storm hits\""},
        {"title: \"Quoted\" and more", "a quoted value ends at its closing quote, and the words"
            + " after it are left over; put the whole value in quotes: title: '\"Quoted\" and more'"},
        {"title: 'It's here'", "inside single quotes an apostrophe ends the value; write it twice"
            + " ('It''s here') or use double quotes: title: \"It's here\""},
        {"title: @user says", "a value cannot start with '@' in YAML; put the whole value in"
            + " quotes: title: \"@user says\""},
        {"title: *Exclusive* talks", "a value that starts with '*' is read as a YAML alias; put"
            + " the whole value in quotes: title: \"*Exclusive* talks\""},
        {"title: Breaking: storm", "a ':' followed by a space inside a value is read as a new key;"
            + " put the whole value in quotes: title: \"Breaking: storm\""}};
    for (String[] c : cases) {
      assertThatThrownBy(() -> reader.readMapping("date: 2024-01-01\n" + c[0] + "\n", 1))
          .as(c[0]).isInstanceOf(YamlException.class)
          .hasMessage("invalid YAML: " + c[1])
          .satisfies(e -> assertThat(((YamlException) e).position()).isEqualTo(new Position(3, 8)));
    }
  }

  @Test
  void aValueThatIsOnlyAHashtagIsNoted() throws Exception {
    YamlDocument doc = reader.readMapping(
        "title: A # a comment\ntags: #climate #cop28\nlocation:   # none yet\n", 1);
    assertThat(doc.root().at("/tags").asText("")).isEmpty();
    assertThat(doc.notes()).containsExactly(new YamlDocument.Note(new Position(3, 7),
        "'tags' is left empty: '#' starts a comment in YAML, so '#climate #cop28' is not read;"
            + " put it in quotes: tags: \"#climate #cop28\""));
  }

  @Test
  void anEmptyDocumentIsAnEmptyMapping() throws Exception {
    assertThat(reader.readMapping("", 1).root().size()).isZero();
  }

  @Test
  void duplicateKeysAreAnErrorAtTheSecond() {
    assertThatThrownBy(() -> reader.readMapping("title: A\ndate: 2023-01-01\ntitle: B\n", 1))
        .isInstanceOf(YamlException.class)
        .hasMessageContaining("duplicate key 'title' (first at line 2)")
        .satisfies(e -> assertThat(((YamlException) e).position().line()).isEqualTo(4));
  }

  @Test
  void tabsAreNamedAsTheProblem() {
    assertThatThrownBy(() -> reader.readMapping("title: A\n\tdate: 2023-01-01\n", 1))
        .isInstanceOf(YamlException.class)
        .hasMessageContaining("tab")
        .satisfies(e -> assertThat(((YamlException) e).position().line()).isEqualTo(3));
  }

  @Test
  void invalidYamlReportsItsLineInTheFile() {
    assertThatThrownBy(() -> reader.readMapping("title: A\ndek: \"unclosed\nx: 1\n", 1))
        .isInstanceOf(YamlException.class)
        .hasMessageStartingWith("invalid YAML")
        .satisfies(e -> assertThat(((YamlException) e).position().line()).isGreaterThan(1));
  }

  @Test
  void aListAtTheTopIsNotAMapping() {
    assertThatThrownBy(() -> reader.readMapping("- a\n- b\n", 1))
        .hasMessageContaining("expected a mapping");
  }

  @Test
  void aliasBombsAreRefusedBeforeTheyExpand() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      bomb.append("]\n");
      prev = c;
    }
    assertThatThrownBy(() -> reader.readMapping(bomb.toString(), 1))
        .isInstanceOf(YamlException.class)
        .hasMessageContaining("aliases");
  }

  @Test
  void deepNestingIsRefusedWithTheLimit() {
    String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
    assertThatThrownBy(() -> reader.readMapping(deep, 1))
        .isInstanceOf(YamlException.class)
        .hasMessageContaining("nested deeper than " + YamlReader.MAX_DEPTH);
  }

  @Test
  void anOversizedDocumentIsRefusedWithTheLimit() {
    String big = "a: \"" + "x".repeat(YamlReader.MAX_CHARS) + "\"\n";
    assertThatThrownBy(() -> reader.readMapping(big, 1))
        .isInstanceOf(YamlException.class)
        .hasMessageContaining("limit is " + YamlReader.MAX_CHARS);
  }
}
