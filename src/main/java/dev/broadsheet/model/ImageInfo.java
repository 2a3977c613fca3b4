package dev.broadsheet.model;

import dev.broadsheet.util.UrlPaths;
import java.util.List;

/**
 * What the build knows of an image file of the site: its size in pixels and the versions it is
 * served in, narrowest first, the original last. A vector image has one version, itself. A lead
 * image also has {@code crops}: its middle cut to 16:9, 4:3 and 1:1, for search engines, which
 * show an article's image in those shapes (empty for other images, and for one too small).
 */
public record ImageInfo(String path, int width, int height, List<Variant> variants,
    List<Variant> crops) {

  /** The image without crops. */
  public ImageInfo(String path, int width, int height, List<Variant> variants) {
    this(path, width, height, variants, List.of());
  }

  /** The same image with {@code value} as its crops. */
  public ImageInfo withCrops(List<Variant> value) {
    return new ImageInfo(path, width, height, variants, List.copyOf(value));
  }

  /** One served version of an image: its site path and size. */
  public record Variant(String path, int width, int height) {}

  /** The narrowest version at least {@code width} pixels wide, else the widest there is. */
  public Variant atLeast(int width) {
    for (Variant v : variants) {
      if (v.width() >= width) {
        return v;
      }
    }
    return variants.get(variants.size() - 1);
  }

  /** The {@code srcset} of the versions: {@code /world/p-480w.jpg 480w, /world/p.jpg 1600w}. */
  public String srcset(String basePath) {
    StringBuilder sb = new StringBuilder();
    for (Variant v : variants) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(basePath).append(UrlPaths.encode(v.path())).append(' ').append(v.width()).append('w');
    }
    return sb.toString();
  }

  /** Whether the browser can choose among several widths. */
  public boolean responsive() {
    return variants.size() > 1;
  }
}
