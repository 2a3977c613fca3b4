package dev.broadsheet.syndication;

import java.util.List;
import java.util.function.Supplier;

/**
 * A file made by code rather than a template: its site path, the file that caused it, its bytes,
 * and what it is made from besides the site's settings (strings, numbers, dates, stories, lists
 * and maps of them), from which an incremental build tells that it would come out the same
 * without making it. Null inputs: made on every build.
 */
public record GeneratedFile(String path, String origin, Supplier<byte[]> bytes, List<?> inputs) {

  public GeneratedFile(String path, String origin, Supplier<byte[]> bytes) {
    this(path, origin, bytes, null);
  }
}
