package dev.broadsheet.parse;

import dev.broadsheet.config.SitePaths;
import dev.broadsheet.source.SourceFile;
import dev.broadsheet.util.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Where the images articles name are looked for: under content/, then under static/, without
 * leaving them. Either on disk, asking the file system about each, or among the files a build's
 * scans found, which spares a large site two questions to the file system for every article (and
 * leaves out hidden files, which are not copied to the output either).
 */
public final class ImageFiles {
  private final SitePaths paths;
  /** Size and modification time (nanoseconds) of each file, by absolute path; null: on disk. */
  private final Map<Path, long[]> scanned;

  private ImageFiles(SitePaths paths, Map<Path, long[]> scanned) {
    this.paths = paths;
    this.scanned = scanned;
  }

  /** Images looked for on disk, each when it is named. */
  public static ImageFiles onDisk(SitePaths paths) {
    return new ImageFiles(paths, null);
  }

  /**
   * Images looked for among {@code content} (the files the scan of content/ found) and the files
   * of static/, walked now.
   */
  public static ImageFiles scanned(SitePaths paths, List<SourceFile> content) {
    Map<Path, long[]> files = new HashMap<>(content.size() * 2);
    for (SourceFile f : content) {
      files.put(f.file(), new long[] {f.size(), f.modified()});
    }
    Path statics = paths.statics();
    if (Files.isDirectory(statics)) {
      // Files.find hands over each file's attributes from the walk, so nothing is asked twice.
      try (Stream<Path> walk = Files.find(statics, Integer.MAX_VALUE, (file, attrs) -> {
        String rel = Folders.slashed(statics.relativize(file));
        if (!rel.startsWith(".") && !rel.contains("/.")) {
          long[] stamp = attrs.isSymbolicLink() ? onDisk(file)
              : attrs.isRegularFile() ? stamp(attrs) : null;
          if (stamp != null) {
            files.put(file, stamp);
          }
        }
        return false;
      })) {
        walk.forEach(file -> { });
      } catch (IOException | java.io.UncheckedIOException e) {
        // Reported when static/ is copied; its images are looked for on disk.
        return onDisk(paths);
      }
    }
    return new ImageFiles(paths, files);
  }

  /**
   * What an article depends on by naming image {@code path} (a site path, such as
   * {@code world/images/map.png}): the file found for it, with its size and time, or none.
   */
  Parsed.ImageDependency look(String path) {
    for (Path root : List.of(paths.content(), paths.statics())) {
      Path candidate = root.resolve(path).normalize();
      if (!candidate.startsWith(root)) {
        continue;
      }
      long[] stamp = scanned != null ? scanned.get(candidate) : onDisk(candidate);
      if (stamp != null) {
        return new Parsed.ImageDependency(path, paths.relative(candidate), stamp[0], stamp[1]);
      }
    }
    return new Parsed.ImageDependency(path, null, 0, 0);
  }

  /**
   * What to say of an image the site does not have: {@code noun} ("image", "photo") as
   * {@code written}, which names site path {@code resolved}; or that it names a folder.
   */
  static String notFound(String noun, String written, String resolved) {
    String last = written.substring(written.lastIndexOf('/') + 1);
    if (resolved.isEmpty() || last.isEmpty() || last.equals(".") || last.equals("..")) {
      return noun + " '" + written + "' names a folder, not a file; name the " + noun
          + " file itself";
    }
    return noun + " '" + written + "' not found (looked for content/" + resolved + " and static/"
        + resolved + ")";
  }

  /** The file found for {@code dependency}, if one was. */
  Optional<Path> file(Parsed.ImageDependency dependency) {
    return Optional.ofNullable(dependency.found()).map(found -> paths.root().resolve(found));
  }

  private static long[] onDisk(Path file) {
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      return attrs.isRegularFile() ? stamp(attrs) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static long[] stamp(BasicFileAttributes attrs) {
    return new long[] {attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)};
  }
}
