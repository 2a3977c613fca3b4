package dev.broadsheet.images;

import dev.broadsheet.config.ImageConfig;
import dev.broadsheet.model.ImageInfo;
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
            hash = sha256(file);
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
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".resize-", "." + ext);
    try {
      Thumbnails.Builder<java.io.File> builder = Thumbnails.of(source.toFile()).width(width)
          .outputFormat(ext.equals("jpeg") ? "jpg" : ext);
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
