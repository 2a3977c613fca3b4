package dev.broadsheet.build;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages copy the example site the way the determinism test does. */
public final class DeterminismTestSupport {
  private DeterminismTestSupport() {}

  public static void copyExample(Path target, boolean reversed) throws IOException {
    DeterminismTest.copyExample(target, reversed);
  }
}
