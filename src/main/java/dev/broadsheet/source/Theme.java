package dev.broadsheet.source;

import dev.broadsheet.util.Folders;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The default theme packaged with Broadsheet (the repository's templates/ folder, at
 * {@code /theme} on the class path, inside the jar or in a build's classes folder).
 */
public final class Theme {
  /** Where the theme sits on the class path. */
  public static final String ROOT = "/theme";

  /** One file of the theme: its path inside the theme, and how to read it. */
  public record File(String path, Opener opener) {}

  /** Opens a theme file's bytes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  private Theme() {}

  /** Every file of the theme under {@code folder} ("" for all), sorted by path. */
  public static List<File> files(String folder) throws IOException {
    String where = folder.isEmpty() ? ROOT : ROOT + "/" + folder;
    URL url = Theme.class.getResource(where);
    if (url == null) {
      return List.of();
    }
    Path dir;
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        dir = fs.getPath(where);
      } else {
        dir = Path.of(uri);
      }
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate the theme: " + e.getMessage(), e);
    }
    List<File> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = Folders.slashed(dir.relativize(p));
        out.add(new File(folder.isEmpty() ? rel : folder + "/" + rel, () -> Files.newInputStream(p)));
      }
    }
    return out;
  }
}
