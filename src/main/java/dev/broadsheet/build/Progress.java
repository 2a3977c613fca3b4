package dev.broadsheet.build;

/** Told how far a build has got, for a progress line; called from many threads at once. */
public interface Progress {
  /** A progress that shows nothing. */
  Progress NONE = new Progress() {
    @Override
    public void begin(String stage, int total) {}

    @Override
    public void step() {}

    @Override
    public void end() {}
  };

  /** A stage with {@code total} steps begins ("Reading", "Rendering"). */
  void begin(String stage, int total);

  /** One more step of the current stage is done. */
  void step();

  /** The build is over; clear whatever was shown. */
  void end();
}
