package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/** The docs keep up with the code: every option, template and exit code is documented. */
class DocsTest {

  @Test
  void theCommandReferenceNamesEveryCommandAndOption() throws IOException {
    String doc = Files.readString(Path.of("docs/commands.md"));
    CommandLine cli = new CommandLine(new Cli(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), Clock.systemUTC(), false));
    cli.getSubcommands().forEach((name, sub) -> {
      if (!name.equals("help")) {
        assertThat(doc).as("command " + name).contains("## `broadsheet " + name + "`");
      }
      for (CommandLine.Model.OptionSpec option : sub.getCommandSpec().options()) {
        for (String optionName : option.names()) {
          assertThat(doc).as(name + " " + optionName).contains("`" + optionName);
        }
      }
    });
    for (String code : Cli.class.getAnnotation(CommandLine.Command.class).exitCodeList()) {
      assertThat(doc).contains("| " + code.substring(0, code.indexOf(':')) + " |");
    }
  }

  @Test
  void theTemplateReferenceNamesEveryThemeFile() throws IOException {
    String doc = Files.readString(Path.of("docs/templates.md"));
    Path theme = Path.of("templates");
    try (Stream<Path> files = Files.walk(theme)) {
      files.filter(Files::isRegularFile).map(p -> theme.relativize(p).toString().replace('\\', '/'))
          .forEach(name -> assertThat(doc).as(name).contains("`" + name + "`"));
    }
    for (String label : dev.broadsheet.config.Labels.english().keys()) {
      assertThat(doc).as("label " + label).contains("| `" + label + "` |");
    }
  }

  @Test
  void theReadmeOpensWithTheTwoCommandsANewUserNeeds() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String firstBlock = readme.substring(readme.indexOf("```sh"), readme.indexOf("```", readme.indexOf("```sh") + 5));
    assertThat(firstBlock).contains("./broadsheet build").contains("mvn -B verify");
    assertThat(Files.readString(Path.of(".ci/run"))).contains("mvn -B verify");
  }

  @Test
  void theContentReferenceNamesEveryFrontMatterKey() throws IOException {
    String doc = Files.readString(Path.of("docs/content.md"));
    for (String key : dev.broadsheet.parse.ArticleParser.KEYS) {
      assertThat(doc).as(key).contains(key + ":");
    }
  }

  @Test
  void theConfigurationReferenceNamesEverySiteYamlKey() throws IOException {
    String doc = Files.readString(Path.of("docs/configuration.md"));
    for (String key : dev.broadsheet.config.SiteConfigLoader.KEYS) {
      assertThat(doc).as(key).contains("`" + key);
    }
    for (String key : dev.broadsheet.config.SiteConfigLoader.HOME_KEYS) {
      assertThat(doc).as(key).contains("`home." + key + "`");
    }
    for (String key : dev.broadsheet.config.SiteConfigLoader.FEED_KEYS) {
      assertThat(doc).as(key).contains("`feeds." + key + "`");
    }
    for (String key : dev.broadsheet.config.SiteConfigLoader.IMAGE_KEYS) {
      assertThat(doc).as(key).contains("`images." + key + "`");
    }
  }
}
