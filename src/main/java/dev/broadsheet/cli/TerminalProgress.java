package dev.broadsheet.cli;

import dev.broadsheet.build.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** A progress line on a terminal, redrawn in place at most ten times a second, cleared at the end. */
final class TerminalProgress implements Progress {
  private static final long INTERVAL_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final AtomicInteger done = new AtomicInteger();
  private volatile String stage = "";
  private volatile int total;
  private long lastDraw;
  private boolean drawn;

  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void begin(String name, int steps) {
    stage = name;
    total = steps;
    done.set(0);
    draw(true);
  }

  @Override
  public void step() {
    done.incrementAndGet();
    draw(false);
  }

  @Override
  public synchronized void waiting(String why) {
    err.print("\r\033[K" + why + "...\n");
    err.flush();
    drawn = false;
  }

  @Override
  public synchronized void end() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }

  private synchronized void draw(boolean force) {
    long now = System.nanoTime();
    if (!force && now - lastDraw < INTERVAL_NANOS) {
      return;
    }
    lastDraw = now;
    err.print(String.format(Locale.ROOT, "\r\033[K%s %,d/%,d", stage, done.get(), total));
    err.flush();
    drawn = true;
  }
}
