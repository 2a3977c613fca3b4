package dev.broadsheet.yaml;

/** A 1-based line and column in a source file; 0 where unknown. */
public record Position(int line, int column) {
  public static final Position UNKNOWN = new Position(0, 0);

  /** This position moved down by {@code lines}, for YAML that starts part-way into a file. */
  public Position shift(int lines) {
    return line == 0 ? this : new Position(line + lines, column);
  }
}
