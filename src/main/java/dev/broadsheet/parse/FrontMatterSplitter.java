package dev.broadsheet.parse;

/**
 * Splits a Markdown file into its YAML front matter and its body. The front matter opens with a
 * {@code ---} line at the very top and closes with the next {@code ---} (or {@code ...}) line.
 */
public final class FrontMatterSplitter {
  private FrontMatterSplitter() {}

  /**
   * The parts of a file. {@code yamlOffset} is the number of lines before the YAML (1: the opening
   * fence); {@code bodyOffset} the number before the body.
   */
  public record Split(String yaml, int yamlOffset, String body, int bodyOffset) {}

  /** Why a file has no usable front matter; the message says how to fix it. */
  public static final class SplitException extends Exception {
    private final int line;

    SplitException(String message, int line) {
      super(message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  /** Splits {@code text}, whose newlines are already {@code \n}. */
  public static Split split(String text) throws SplitException {
    if (text.isBlank()) {
      throw new SplitException("empty file; an article needs front matter with at least"
          + " 'title:' and 'date:' between two '---' lines", 1);
    }
    String firstLine = text.substring(0, indexOrEnd(text, 0)).stripTrailing();
    if (firstLine.equals("+++")) {
      throw new SplitException("TOML front matter ('+++') is not supported;"
          + " rewrite it as YAML between two '---' lines", 1);
    }
    if (firstLine.startsWith("{")) {
      throw new SplitException("JSON front matter ('{') is not supported;"
          + " rewrite it as YAML between two '---' lines", 1);
    }
    if (!firstLine.equals("---")) {
      throw new SplitException("no front matter: the file must begin with a '---' line,"
          + " then 'title:' and 'date:', then another '---' line"
          + (firstLine.matches("[A-Za-z_][\\w-]*:(\\s.*)?")
              ? "; the first line looks like front matter: put '---' above it and after its"
                  + " last key" : ""), 1);
    }
    int pos = indexOrEnd(text, 0) + 1;
    int line = 2;
    while (pos <= text.length()) {
      int end = indexOrEnd(text, pos);
      String current = text.substring(Math.min(pos, text.length()), end).stripTrailing();
      if (current.equals("---") || current.equals("...")) {
        String yaml = text.substring(indexOrEnd(text, 0) + 1, pos);
        String body = end >= text.length() ? "" : text.substring(end + 1);
        return new Split(yaml, 1, body, line);
      }
      if (end >= text.length()) {
        break;
      }
      pos = end + 1;
      line++;
    }
    throw new SplitException("front matter opened here never closes;"
        + " add a '---' line after its last key", 1);
  }

  private static int indexOrEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }
}
