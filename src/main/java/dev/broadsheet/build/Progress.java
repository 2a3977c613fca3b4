package dev.broadsheet.build;

/** Told how far a build has got, for a progress line; called from many threads at once. */
public interface Progress {
  /** A progress that shows nothing. */
  Progress NONE = notices(line -> { });

  /** A progress that shows no steps, and tells {@code out} what the build waits for. */
  static Progress notices(java.util.function.Consumer<String> out) {
    return new Progress() {
      @Override
      public void begin(String stage, int total) {}

      @Override
      public void step() {}

      @Override
      public void end() {}

      @Override
      public void waiting(String why) {
        out.accept(why + "...");
      }
    };
  }

  /** A stage with {@code total} steps begins ("Reading", "Rendering"). */
  void begin(String stage, int total);

  /** One more step of the current stage is done. */
  void step();

  /** The build is over; clear whatever was shown. */
  void end();

  /** The build waits for something before it can begin, such as another build of its output. */
  default void waiting(String why) {}
}
