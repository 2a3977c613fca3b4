package dev.broadsheet.images;

import dev.broadsheet.config.ImageConfig;
import dev.broadsheet.model.ImageInfo;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Describes the images a site uses and makes their smaller versions. JPEG, PNG and GIF files are
 * resized with Thumbnailator to each configured width narrower than the original; the resized
 * files are kept in a cache folder keyed by the source's SHA-256, so an unchanged image is never
 * resized twice. SVG files are measured from their width and height (or viewBox) and served as
 * they are. Safe to use from many threads; each file is read once per build.
 */
public final class ImagePipeline {
  private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER_ATTR =
      Pattern.compile("\\b(width|height)\\s*=\\s*[\"']\\s*([0-9.]+)\\s*(px)?\\s*[\"']");
  private static final Pattern VIEW_BOX = Pattern.compile(
      "\\bviewBox\\s*=\\s*[\"']\\s*[-0-9.]+[ ,]+[-0-9.]+[ ,]+([0-9.]+)[ ,]+([0-9.]+)\\s*[\"']");

  /** An image described, or why it could not be. */
  public record Result(ImageInfo info, String problem) {}

  private final ImageConfig config;
  private final Path cache;
  private final boolean resize;
  private final Map<String, Result> results = new ConcurrentHashMap<>();
  /** Output path of each resized file, and the cache file it is copied from. */
  private final Map<String, Path> made = new ConcurrentHashMap<>();
  /** The file each JPEG or PNG described was read from, by site path, for its crops. */
  private final Map<String, Path> sources = new ConcurrentHashMap<>();
  /** The SHA-256 of each file hashed, which names its versions in the cache. */
  private final Map<Path, String> hashes = new ConcurrentHashMap<>();

  /** {@code resize} false measures images and names their versions without making them (check). */
  public ImagePipeline(ImageConfig config, Path cache, boolean resize) {
    this.config = config;
    this.cache = cache;
    this.resize = resize;
  }

  /** Describes the image at site path {@code path}, read from {@code file}. */
  public Result describe(String path, Path file) {
    return results.computeIfAbsent(path, p -> read(p, file));
  }

  /** The resized files to copy into the output: output path to cache file, sorted. */
  public Map<String, Path> resizedFiles() {
    return new TreeMap<>(made);
  }

  private Result read(String path, Path file) {
    String ext = extension(path);
    try {
      if (ext.equals("svg")) {
        return svg(path, file);
      }
      if (!List.of("jpg", "jpeg", "png", "gif").contains(ext)) {
        return asItIs(path, 0, 0, null);
      }
      int[] size = size(file, ext);
      if (!ext.equals("gif")) {
        sources.put(path, file);
      }
      if (size == null) {
        return new Result(null, "cannot read image '" + path + "': not a " + ext.toUpperCase(Locale.ROOT)
            + " file Broadsheet can read, or damaged");
      }
      if (ext.equals("gif") && animated(file)) {
        // A resized GIF keeps only its first frame: an animation is served as it is.
        return asItIs(path, size[0], size[1], null);
      }
      long memory = decodedBytes(size);
      if (resize && memory > MEMORY_BUDGET && config.widths().stream().anyMatch(w -> w < size[0])) {
        // Decoding it would take more of the heap than images may: served as it is.
        return asItIs(path, size[0], size[1], "image '" + path + "' is "
            + size[0] + " x " + size[1] + " pixels, too large to resize with this heap (it would"
            + " take " + memory / MB + " MB of the " + MEMORY_BUDGET / MB + " MB images may use),"
            + " so it is served as it is; make it smaller before publishing it, or give Java a"
            + " larger heap (BROADSHEET_HEAP=4g)");
      }
      List<ImageInfo.Variant> variants = new ArrayList<>();
      String hash = null;
      int permits = 0;
      try {
        for (int width : config.widths()) {
          if (width >= size[0]) {
            continue;
          }
          if (hash == null && resize) {
            hash = hash(file);
          }
          int height = Math.max(1, Math.round((float) size[1] * width / size[0]));
          String out = variantPath(path, width);
          if (resize) {
            Path cached = cache.resolve(hash + "-" + width + "." + ext);
            if (!Files.exists(cached)) {
              if (permits == 0) {
                // Large images are decoded a few at a time, so that together they fit.
                permits = (int) Math.max(1, memory / MB);
                MEMORY.acquireUninterruptibly(permits);
              }
              resize(file, cached, width, ext);
            }
            made.put(out, cached);
          }
          variants.add(new ImageInfo.Variant(out, width, height));
        }
      } finally {
        MEMORY.release(permits);
      }
      variants.add(new ImageInfo.Variant(path, size[0], size[1]));
      return new Result(new ImageInfo(path, size[0], size[1], List.copyOf(variants)), null);
    } catch (IOException | RuntimeException e) {
      return new Result(null, "cannot read image '" + path + "': " + e.getMessage());
    }
  }

  /** The shapes lead images are cut to for search engines: 16:9, 4:3 and 1:1. */
  private static final int[][] RATIOS = {{16, 9}, {4, 3}, {1, 1}};
  /** The width a crop is made at most, and the fewest pixels Google takes of one. */
  static final int CROP_WIDTH = 1200;
  static final int CROP_PIXELS = 50_000;

  /**
   * {@code info} with its crops named: for a JPEG or PNG, its middle cut to each of 16:9, 4:3 and
   * 1:1, at most {@link #CROP_WIDTH} wide, unless the cut would have fewer than
   * {@link #CROP_PIXELS} pixels; an image already of a shape serves as its own crop. An image too
   * large to decode with this heap has none. Made by {@link #makeCrops}.
   */
  public static ImageInfo withCrops(ImageInfo info) {
    String ext = extension(info.path());
    if (!(ext.equals("jpg") || ext.equals("jpeg") || ext.equals("png")) || info.width() <= 0
        || info.height() <= 0
        || decodedBytes(new int[] {info.width(), info.height()}) > MEMORY_BUDGET) {
      return info; // not a photo, or one too large to decode with this heap
    }
    List<ImageInfo.Variant> crops = new ArrayList<>();
    for (int[] r : RATIOS) {
      int[] cut = cut(info.width(), info.height(), r);
      if (cut[0] == info.width() && cut[1] == info.height()) {
        crops.add(info.atLeast(CROP_WIDTH));
        continue;
      }
      int width = Math.min(cut[0], CROP_WIDTH);
      int height = Math.round((float) width * r[1] / r[0]);
      if ((long) width * height >= CROP_PIXELS) {
        crops.add(new ImageInfo.Variant(cropPath(info.path(), r), width, height));
      }
    }
    return info.withCrops(crops);
  }

  /** The largest {@code ratio} region of a {@code width} x {@code height} image. */
  private static int[] cut(int width, int height, int[] ratio) {
    if ((long) width * ratio[1] > (long) height * ratio[0]) {
      return new int[] {Math.round((float) height * ratio[0] / ratio[1]), height};
    }
    return new int[] {width, Math.round((float) width * ratio[1] / ratio[0])};
  }

  /** {@code world/photo.jpg} cut to 16:9 is {@code world/photo-16x9.jpg}. */
  static String cropPath(String path, int[] ratio) {
    int dot = path.lastIndexOf('.');
    return path.substring(0, dot) + "-" + ratio[0] + "x" + ratio[1] + path.substring(dot);
  }

  /**
   * Makes the crops {@link #withCrops} named for {@code info}, an image this pipeline described,
   * and serves them with the resized files; returns why they could not be made, or null.
   */
  public String makeCrops(ImageInfo info) {
    Path file = sources.get(info.path());
    if (!resize || info.crops().isEmpty() || file == null) {
      return null;
    }
    String ext = extension(info.path());
    int permits = 0;
    try {
      String hash = hash(file);
      BufferedImage image = null;
      for (int[] r : RATIOS) {
        String out = cropPath(info.path(), r);
        ImageInfo.Variant crop = info.crops().stream().filter(c -> c.path().equals(out))
            .findFirst().orElse(null);
        if (crop == null || made.containsKey(out)) {
          continue; // none of this shape, or made already this build (another article's lead)
        }
        Path cached = cache.resolve(hash + "-" + r[0] + "x" + r[1] + "-" + crop.width() + "." + ext);
        if (!Files.exists(cached)) {
          if (image == null) {
            long memory = decodedBytes(new int[] {info.width(), info.height()});
            permits = (int) Math.max(1, memory / MB);
            MEMORY.acquireUninterruptibly(permits);
            // Decoded as it is shown: a phone's photo turned by its EXIF orientation.
            image = Thumbnails.of(file.toFile()).scale(1.0).asBufferedImage();
          }
          int[] cut = cut(image.getWidth(), image.getHeight(), r);
          BufferedImage middle = image.getSubimage((image.getWidth() - cut[0]) / 2,
              (image.getHeight() - cut[1]) / 2, cut[0], cut[1]);
          write(Thumbnails.of(middle).forceSize(crop.width(), crop.height()), cached, ext);
        }
        made.put(out, cached);
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return "cannot cut image '" + info.path() + "' to the shapes search engines show: "
          + e.getMessage();
    } finally {
      MEMORY.release(permits);
    }
  }

  /** The image at {@code path}, {@code width} by {@code height}, served as it is, without versions. */
  private static Result asItIs(String path, int width, int height, String problem) {
    return new Result(new ImageInfo(path, width, height,
        List.of(new ImageInfo.Variant(path, width, height))), problem);
  }

  private static final long MB = 1024 * 1024;

  /**
   * The heap that images being resized may take at once: half of it. A 12,000-pixel square PNG
   * decodes to 550 MB, and two at once ran a 1 GB heap out of memory.
   */
  public static final long MEMORY_BUDGET = Runtime.getRuntime().maxMemory() / 2;

  /** The budget in megabytes, taken by each image while it is decoded and resized. */
  private static final java.util.concurrent.Semaphore MEMORY =
      new java.util.concurrent.Semaphore((int) (MEMORY_BUDGET / MB));

  /**
   * About what resizing an image of {@code size} takes: its pixels decoded at four bytes each,
   * and half as much again for the scaled copies made on the way down.
   */
  private static long decodedBytes(int[] size) {
    return (long) size[0] * size[1] * 6;
  }

  /** {@code world/photo.jpg} at 480 px is {@code world/photo-480w.jpg}. */
  static String variantPath(String path, int width) {
    int dot = path.lastIndexOf('.');
    return path.substring(0, dot) + "-" + width + "w" + path.substring(dot);
  }

  private void resize(Path source, Path target, int width, String ext) throws IOException {
    write(Thumbnails.of(source.toFile()).width(width), target, ext);
  }

  /** Writes what {@code builder} makes to {@code target} as {@code ext}, whole or not at all. */
  private void write(Thumbnails.Builder<?> builder, Path target, String ext) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".resize-", "." + ext);
    try {
      builder.outputFormat(ext.equals("jpeg") ? "jpg" : ext);
      if (ext.equals("jpg") || ext.equals("jpeg")) {
        builder.outputQuality(config.quality());
      }
      builder.toFile(temp.toFile());
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Width and height from the file's header, without decoding the pixels, as the image is shown:
   * a photo a phone stored on its side with an EXIF orientation to turn it by a quarter has its
   * two swapped, as browsers and the resizer turn it. Null if unreadable.
   */
  private static int[] size(Path file, String ext) throws IOException {
    boolean turned = (ext.equals("jpg") || ext.equals("jpeg")) && quarterTurned(file);
    return withReader(file, null, reader -> turned
        ? new int[] {reader.getHeight(0), reader.getWidth(0)}
        : new int[] {reader.getWidth(0), reader.getHeight(0)});
  }

  /**
   * Whether {@code file} is a JPEG whose EXIF orientation turns it by a quarter (orientations 5
   * to 8). Its segments are read up to the frame, as the resizer reads them (ImageIO's own
   * reading refuses files a camera writes with EXIF before the JFIF segment); the others are
   * skipped unread.
   */
  private static boolean quarterTurned(Path file) throws IOException {
    try (java.io.DataInputStream in = new java.io.DataInputStream(
        new java.io.BufferedInputStream(Files.newInputStream(file), 8192))) {
      if (in.readUnsignedShort() != 0xffd8) {
        return false;
      }
      while (true) {
        int marker = in.readUnsignedShort();
        if ((marker & 0xff00) != 0xff00 || marker == 0xffda || (marker >= 0xffc0
            && marker <= 0xffcf && marker != 0xffc4 && marker != 0xffc8 && marker != 0xffcc)) {
          return false; // the frame or the image data begins: no orientation before it
        }
        int length = in.readUnsignedShort() - 2;
        if (length < 0) {
          return false;
        }
        if (marker != 0xffe1) {
          in.skipNBytes(length);
          continue;
        }
        byte[] segment = in.readNBytes(length);
        if (segment.length > 6 && segment[0] == 'E' && segment[1] == 'x' && segment[2] == 'i'
            && segment[3] == 'f') {
          try {
            Orientation o = ExifUtils.getOrientationFromExif(segment);
            return o == Orientation.LEFT_TOP || o == Orientation.RIGHT_TOP
                || o == Orientation.RIGHT_BOTTOM || o == Orientation.LEFT_BOTTOM;
          } catch (RuntimeException e) {
            return false;
          }
        }
      }
    } catch (java.io.EOFException e) {
      return false;
    }
  }

  /** Whether the GIF {@code file} has more than one frame; read to its end, not decoded. */
  private static boolean animated(Path file) throws IOException {
    return withReader(file, false, reader -> reader.getNumImages(true) > 1);
  }

  /** What {@code reading} finds with an image reader of {@code file}. */
  private interface Reading<T> {
    T read(ImageReader reader) throws IOException;
  }

  /**
   * What {@code reading} tells of {@code file}, read by the first image reader that takes it;
   * {@code otherwise} when none does or the file cannot be read so far.
   */
  private static <T> T withReader(Path file, T otherwise, Reading<T> reading) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return otherwise;
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return otherwise;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return reading.read(reader);
      } catch (IOException | RuntimeException e) {
        return otherwise;
      } finally {
        reader.dispose();
      }
    }
  }

  private static Result svg(String path, Path file) throws IOException {
    String head;
    try (InputStream in = Files.newInputStream(file)) {
      head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
    }
    Matcher tag = SVG_TAG.matcher(head);
    if (!tag.find()) {
      return new Result(null, "cannot read image '" + path + "': no <svg> element at its start");
    }
    int width = 0;
    int height = 0;
    Matcher m = NUMBER_ATTR.matcher(tag.group());
    while (m.find()) {
      int value = (int) Math.round(Double.parseDouble(m.group(2)));
      if (m.group(1).equals("width")) {
        width = value;
      } else {
        height = value;
      }
    }
    Matcher box = VIEW_BOX.matcher(tag.group());
    if ((width == 0 || height == 0) && box.find()) {
      width = (int) Math.round(Double.parseDouble(box.group(1)));
      height = (int) Math.round(Double.parseDouble(box.group(2)));
    }
    return asItIs(path, width, height, null);
  }

  /** The SHA-256 of {@code file}, read once a build. */
  private String hash(Path file) throws IOException {
    String known = hashes.get(file);
    if (known == null) {
      known = sha256(file);
      hashes.put(file, known);
    }
    return known;
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(file)) {
        byte[] buffer = new byte[65536];
        int n;
        while ((n = in.read(buffer)) > 0) {
          digest.update(buffer, 0, n);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
