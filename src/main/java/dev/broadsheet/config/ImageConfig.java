package dev.broadsheet.config;

import java.util.List;

/** The widths raster images are resized to, and the JPEG quality of the resized files. */
public record ImageConfig(List<Integer> widths, double quality) {
  public static final ImageConfig DEFAULT = new ImageConfig(List.of(480, 960, 1600), 0.82);
}
