package dev.broadsheet.cli;

import dev.broadsheet.build.Generator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code broadsheet} command and its subcommands. It writes only to the writers it is given, and
 * takes "now" from the clock it is given, so tests can run it whole.
 */
@Command(
    name = "broadsheet",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = "Builds a static news site from Markdown articles with YAML front matter.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:problems in the content, templates or site.yaml (each one is printed)",
        "2:the command line is wrong",
        "3:internal error (a bug: please report it)"})
public final class Cli implements Runnable {
  public static final int OK = 0;
  public static final int CONTENT_PROBLEMS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  final PrintWriter out;
  final PrintWriter err;
  final Clock clock;
  final boolean terminal;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** {@code terminal}: whether output goes to a terminal, where progress is drawn in place. */
  public Cli(PrintWriter out, PrintWriter err, Clock clock, boolean terminal) {
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.terminal = terminal;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "name a command, such as 'broadsheet build'");
  }

  /** Runs {@code args} without a terminal and returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, Clock clock, String... args) {
    return execute(out, err, clock, false, args);
  }

  /** The subcommands, in the order help lists them. */
  private static final String[] COMMANDS = {"build", "check", "serve", "new", "init", "help"};

  private static Object command(String name) {
    return switch (name) {
      case "build" -> new BuildCommand();
      case "check" -> new CheckCommand();
      case "serve" -> new ServeCommand();
      case "new" -> new NewCommand();
      case "init" -> new InitCommand();
      default -> new CommandLine.HelpCommand();
    };
  }

  /** Runs {@code args} and returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, Clock clock, boolean terminal,
      String... args) {
    Path site = siteToBuild(args);
    if (site != null) {
      Generator.readCacheEarly(site);
    }
    try {
      return run(out, err, clock, terminal, args);
    } finally {
      Generator.forgetEarlyRead();
    }
  }

  /**
   * The site folder a {@code build} or {@code serve} command names ({@code --site DIR}, else the
   * current folder), found before picocli parses the arguments so that the site's article cache
   * can be read meanwhile; null for other commands, or when they ask for help or for no cache.
   * A wrong guess costs only the reading: the build takes the cache only of its own site.
   */
  static Path siteToBuild(String... args) {
    if (args.length == 0 || !(args[0].equals("build") || args[0].equals("serve"))) {
      return null;
    }
    String site = ".";
    for (int i = 1; i < args.length && !args[i].equals("--"); i++) {
      String arg = args[i];
      if (arg.equals("--no-cache") || arg.equals("--help") || arg.equals("-h")) {
        return null;
      } else if (arg.equals("--site") && i + 1 < args.length) {
        site = args[++i];
      } else if (arg.startsWith("--site=")) {
        site = arg.substring("--site=".length());
      }
    }
    try {
      return Path.of(site);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static int run(PrintWriter out, PrintWriter err, Clock clock, boolean terminal,
      String... args) {
    CommandLine cl = new CommandLine(new Cli(out, err, clock, terminal));
    // Picocli makes a model of each command it is given, by reflection: a run that starts with
    // the name of its command is given that one alone (25 ms sooner to the build), help and
    // anything else all of them, in the order help lists them.
    boolean named = args.length > 0 && !args[0].equals("help")
        && java.util.Arrays.asList(COMMANDS).contains(args[0]);
    for (String name : named ? new String[] {args[0]} : COMMANDS) {
      cl.addSubcommand(name, command(name));
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("broadsheet: internal error: " + e);
      if (parseResult.hasMatchedOption("--verbose")) {
        e.printStackTrace(err);
      } else {
        err.println("Run again with --verbose for details, and please report it.");
      }
      err.flush();
      return INTERNAL;
    });
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("broadsheet: out of memory. Give Java a larger heap, for example"
          + " BROADSHEET_JAVA_OPTS=-Xmx4g ./broadsheet ... (or java -Xmx4g -jar broadsheet.jar ...);"
          + " the output was left as it was.");
      code = INTERNAL;
    } catch (StackOverflowError e) {
      err.println("broadsheet: ran out of stack space; run Java with a larger stack (-Xss8m)."
          + " The output was left as it was.");
      code = INTERNAL;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** The version from the jar's build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Cli.class.getResourceAsStream("/dev/broadsheet/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"broadsheet " + p.getProperty("version", "unknown"),
          "Java " + System.getProperty("java.version")};
    }
  }
}
