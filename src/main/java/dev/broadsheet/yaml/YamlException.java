package dev.broadsheet.yaml;

/** YAML that cannot be read, with the position of the fault in the whole file. */
public final class YamlException extends Exception {
  private final transient Position position;

  public YamlException(String message, Position position) {
    super(message);
    this.position = position;
  }

  public Position position() {
    return position;
  }
}
