package dev.broadsheet.problem;

/** How bad a problem is: errors stop a build from publishing, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word printed before the message, as compilers do. */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
