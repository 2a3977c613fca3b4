package dev.broadsheet.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.ImageConfig;
import dev.broadsheet.model.ImageInfo;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagePipelineTest {
  @TempDir Path dir;

  /** A striped test picture, so that resizing has something to keep. */
  static Path picture(Path file, int width, int height, String format) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    for (int x = 0; x < width; x += 40) {
      g.setColor(new Color((x * 7) % 256, 90, 160));
      g.fillRect(x, 0, 40, height);
    }
    g.dispose();
    Files.createDirectories(file.getParent());
    ImageIO.write(image, format, file.toFile());
    return file;
  }

  /** The width and height of the picture in {@code file}. */
  static int[] size(Path file) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    return new int[] {image.getWidth(), image.getHeight()};
  }

  private ImagePipeline pipeline() {
    return new ImagePipeline(ImageConfig.DEFAULT, dir.resolve("cache"), true);
  }

  @Test
  void resizesToEachConfiguredWidthNarrowerThanTheOriginalKeepingTheAspectRatio() throws Exception {
    Path source = picture(dir.resolve("site/world/photo.jpg"), 2000, 1000, "jpg");
    ImagePipeline images = pipeline();
    ImageInfo info = images.describe("world/photo.jpg", source).info();
    assertThat(info.width()).isEqualTo(2000);
    assertThat(info.height()).isEqualTo(1000);
    assertThat(info.variants()).extracting(ImageInfo.Variant::path).containsExactly(
        "world/photo-480w.jpg", "world/photo-960w.jpg", "world/photo-1600w.jpg", "world/photo.jpg");
    assertThat(info.variants()).extracting(ImageInfo.Variant::height).containsExactly(240, 480, 800, 1000);
    assertThat(images.resizedFiles()).hasSize(3);
    for (var e : images.resizedFiles().entrySet()) {
      BufferedImage resized = ImageIO.read(e.getValue().toFile());
      int width = Integer.parseInt(e.getKey().replaceAll(".*-(\\d+)w\\.jpg", "$1"));
      assertThat(resized.getWidth()).isEqualTo(width);
      assertThat(resized.getHeight()).isEqualTo(width / 2);
    }
    assertThat(info.srcset("/")).isEqualTo("/world/photo-480w.jpg 480w, /world/photo-960w.jpg 960w,"
        + " /world/photo-1600w.jpg 1600w, /world/photo.jpg 2000w");
    assertThat(info.atLeast(1200).path()).isEqualTo("world/photo-1600w.jpg");
  }

  @Test
  void anUnchangedImageIsNeverResizedTwice() throws Exception {
    Path source = picture(dir.resolve("site/a.png"), 1000, 500, "png");
    pipeline().describe("a.png", source);
    List<Path> cached;
    try (Stream<Path> s = Files.list(dir.resolve("cache"))) {
      cached = s.sorted().toList();
    }
    assertThat(cached).hasSize(2);
    for (Path p : cached) {
      Files.setLastModifiedTime(p, FileTime.fromMillis(0));
    }
    // A new build, and the same bytes under another name: the cache is keyed by content.
    Path copy = Files.copy(source, dir.resolve("site/b.png"));
    ImagePipeline second = pipeline();
    assertThat(second.describe("b.png", copy).info().variants()).hasSize(3);
    for (Path p : cached) {
      assertThat(Files.getLastModifiedTime(p).toMillis()).as(p.toString()).isZero();
    }
    assertThat(second.resizedFiles()).containsValues(cached.toArray(new Path[0]));

    // Changed bytes make new versions.
    picture(source, 1000, 400, "png");
    pipeline().describe("a.png", source);
    try (Stream<Path> s = Files.list(dir.resolve("cache"))) {
      assertThat(s.count()).isEqualTo(4);
    }
  }

  @Test
  void aSmallImageIsServedAsItIsBeyondItsWidth() throws Exception {
    Path source = picture(dir.resolve("site/small.png"), 700, 350, "png");
    ImageInfo info = pipeline().describe("small.png", source).info();
    assertThat(info.variants()).extracting(ImageInfo.Variant::width).containsExactly(480, 700);
  }

  @Test
  void svgIsMeasuredAndServedAsItIs() throws Exception {
    Path a = dir.resolve("a.svg");
    Files.writeString(a, "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"800\"/>");
    Path b = dir.resolve("b.svg");
    Files.writeString(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 360\"/>");
    ImagePipeline images = pipeline();
    assertThat(images.describe("a.svg", a).info().width()).isEqualTo(1200);
    ImageInfo info = images.describe("b.svg", b).info();
    assertThat(info.width()).isEqualTo(640);
    assertThat(info.height()).isEqualTo(360);
    assertThat(info.responsive()).isFalse();
    assertThat(images.resizedFiles()).isEmpty();
  }

  @Test
  void anUnreadableImageIsAProblemNotACrash() throws Exception {
    Path bad = dir.resolve("bad.jpg");
    Files.writeString(bad, "this is not a JPEG");
    ImagePipeline.Result result = pipeline().describe("bad.jpg", bad);
    assertThat(result.info()).isNull();
    assertThat(result.problem()).isEqualTo("cannot read image 'bad.jpg': not a JPG file Broadsheet can read, or damaged");
  }

  @Test
  void anImageTooLargeToDecodeInTheHeapIsServedAsItIsWithAWarning() throws Exception {
    // A PNG whose header says 60,000 x 60,000 pixels (21 GB decoded, far above any test heap's
    // budget): only the header is read, so its pixels need not be there.
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13).putInt(60_000).putInt(60_000)
        .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    crc.update(header.array());
    png.write(java.nio.ByteBuffer.allocate(4).putInt(13).array());
    png.write("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    png.write(header.array());
    png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    Path huge = dir.resolve("huge.png");
    Files.write(huge, png.toByteArray());
    ImagePipeline images = pipeline();
    ImagePipeline.Result result = images.describe("world/huge.png", huge);
    assertThat(result.info().variants()).extracting(ImageInfo.Variant::path)
        .containsExactly("world/huge.png");
    assertThat(result.problem()).startsWith("image 'world/huge.png' is 60000 x 60000 pixels, too"
        + " large to resize with this heap").endsWith("so it is served as it is; make it smaller"
        + " before publishing it, or give Java a larger heap (BROADSHEET_HEAP=4g)");
    assertThat(images.resizedFiles()).isEmpty();
  }

  @Test
  void anAnimatedGifIsServedAsItIsWhileAStillOneIsResized() throws Exception {
    Path animated = dir.resolve("site/anim.gif");
    Files.createDirectories(animated.getParent());
    javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
    try (javax.imageio.stream.ImageOutputStream out =
        ImageIO.createImageOutputStream(animated.toFile())) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (int frame = 0; frame < 3; frame++) {
        BufferedImage image = new BufferedImage(1200, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(80 * frame, 100, 200));
        g.fillRect(0, 0, 1200, 600);
        g.dispose();
        writer.writeToSequence(new javax.imageio.IIOImage(image, null, null), null);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    Path still = picture(dir.resolve("site/still.gif"), 1200, 600, "gif");
    ImagePipeline images = pipeline();
    ImageInfo anim = images.describe("anim.gif", animated).info();
    assertThat(anim.variants()).extracting(ImageInfo.Variant::path).containsExactly("anim.gif");
    assertThat(anim.width()).isEqualTo(1200);
    assertThat(images.describe("still.gif", still).info().variants())
        .extracting(ImageInfo.Variant::width).containsExactly(480, 960, 1200);
    assertThat(images.resizedFiles()).containsOnlyKeys("still-480w.gif", "still-960w.gif");
  }

  @Test
  void aPhotoStoredOnItsSideIsMeasuredAsItIsShown() throws Exception {
    // A 1600 x 1200 JPEG with EXIF orientation 6 (turn a quarter clockwise), its EXIF segment
    // first, as a phone writes it.
    byte[] plain = Files.readAllBytes(picture(dir.resolve("plain.jpg"), 1600, 1200, "jpg"));
    int app0 = 4 + (((plain[4] & 0xff) << 8) | (plain[5] & 0xff));
    java.nio.ByteBuffer exif = java.nio.ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4)
        .put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + 6 + 8 + 2 + 12 + 4))
        .put("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .put(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8}).putShort((short) 1)
        .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6)
        .putShort((short) 0).putInt(0);
    java.io.ByteArrayOutputStream turned = new java.io.ByteArrayOutputStream();
    turned.write(plain, 0, 2);
    turned.write(exif.array());
    turned.write(plain, app0, plain.length - app0);
    Path photo = Files.createDirectories(dir.resolve("site")).resolve("phone.jpg");
    Files.write(photo, turned.toByteArray());
    ImagePipeline images = pipeline();
    ImageInfo info = images.describe("phone.jpg", photo).info();
    assertThat(info.width()).isEqualTo(1200);
    assertThat(info.height()).isEqualTo(1600);
    assertThat(info.variants()).extracting(v -> v.width() + "x" + v.height())
        .containsExactly("480x640", "960x1280", "1200x1600");
    BufferedImage small = ImageIO.read(images.resizedFiles().get("phone-480w.jpg").toFile());
    assertThat(small.getWidth() + "x" + small.getHeight()).isEqualTo("480x640");
    // Its cuts for search engines are of the turned picture: 16:9 from a portrait is wide.
    ImageInfo cut = ImagePipeline.withCrops(info);
    assertThat(cut.crops()).extracting(v -> v.path() + " " + v.width() + "x" + v.height())
        .containsExactly("phone-16x9.jpg 1200x675", "phone-4x3.jpg 1200x900",
            "phone-1x1.jpg 1200x1200");
    assertThat(images.makeCrops(cut)).isNull();
    assertThat(size(images.resizedFiles().get("phone-16x9.jpg"))).containsExactly(1200, 675);
    assertThat(size(images.resizedFiles().get("phone-1x1.jpg"))).containsExactly(1200, 1200);
  }
}
