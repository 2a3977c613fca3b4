package dev.broadsheet.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.images.ImagePipeline;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.ImageInfo;
import dev.broadsheet.problem.Problem;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.problem.Severity;
import dev.broadsheet.source.SourceFile;
import dev.broadsheet.util.Spelling;
import dev.broadsheet.util.UrlPaths;
import dev.broadsheet.yaml.Fields;
import dev.broadsheet.yaml.Position;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The images an article names: its lead image from the front matter, and the images of its body.
 * Finds their files under content/ or static/, has the image pipeline measure them, and reports
 * what is missing, unreadable, without alt text or too small, at its position.
 */
final class ArticleImages {
  private static final List<String> IMAGE_KEYS = List.of("src", "alt", "caption", "credit");
  /** The width Google recommends for article images in search results and Discover. */
  static final int LEAD_IMAGE_WIDTH = 1200;

  private final SiteConfig config;
  /** How captions are set, the parser's (null: as typed). */
  private final dev.broadsheet.util.Typography typography;
  private final ImageFiles files;
  private final Severity imageSeverity;
  private final ImagePipeline images;
  private final List<Parsed.ImageDependency> looked;

  /**
   * {@code looked} is told of every image file looked for in {@code files}; {@code typography}
   * sets captions (null: as typed).
   */
  ArticleImages(SiteConfig config, dev.broadsheet.util.Typography typography, ImageFiles files,
      Severity imageSeverity, ImagePipeline images, List<Parsed.ImageDependency> looked) {
    this.config = config;
    this.typography = typography;
    this.files = files;
    this.imageSeverity = imageSeverity;
    this.images = images;
    this.looked = looked;
  }

  /** A caption with its punctuation set as the site sets it, or as typed. */
  private String typeset(String caption) {
    return typography == null ? caption : typography.apply(caption);
  }

  /**
   * Whether the image files an earlier reading looked for are as they were then. Those that exist
   * are described again, so the build still copies their resized versions.
   */
  static boolean unchanged(List<Parsed.ImageDependency> deps, ImageFiles files,
      ImagePipeline images) {
    for (Parsed.ImageDependency dep : deps) {
      if (!files.look(dep.path()).equals(dep)) {
        return false;
      }
    }
    for (Parsed.ImageDependency dep : deps) {
      files.file(dep).ifPresent(file -> images.describe(dep.path(), file));
    }
    return true;
  }

  /** The lookup the Markdown converter uses for the body of {@code file}. */
  MarkdownConverter.ImageLookup lookup(String file, Problems problems) {
    return (path, line, column) -> describe(file, path, line, column, problems);
  }

  /** The lead image of the front matter, or null; its problems go to {@code problems}. */
  Image lead(Fields f, SourceFile source, Problems problems) {
    JsonNode node = f.node("/image");
    if (node == null) {
      return null;
    }
    String prefix = node.isObject() ? "/image/src" : "/image";
    if (node.isObject()) {
      for (String key : f.unknownKeys("/image", IMAGE_KEYS)) {
        String hint = Spelling.suggestion(key, IMAGE_KEYS);
        f.errorAtKey("/image/" + key, "unknown image key '" + key + "'"
            + (hint.isEmpty() ? "; an image has src, alt, caption and credit" : hint));
      }
    }
    Optional<String> src = f.text(prefix);
    if (src.isEmpty()) {
      f.error("/image", "image needs 'src:', the image file or URL");
      return null;
    }
    Position at = f.doc().valueAt(prefix);
    String alt = node.isObject() ? f.text("/image/alt").orElse(null) : null;
    if (alt == null) {
      problems.add(new Problem(source.path(), at.line(), at.column(),
          imageSeverity, "lead image has no alt text; add 'alt:' describing it for readers who cannot see it"));
    }
    String caption = node.isObject() ? f.text("/image/caption").map(this::typeset).orElse(null)
        : null;
    String credit = node.isObject() ? f.text("/image/credit").orElse(null) : null;
    if (!SitePathResolver.isSafeUrl(src.get())) {
      f.error(prefix, "image '" + src.get() + "' must be a file of the site or an http(s) URL");
      return null;
    }
    if (!SitePathResolver.isLocal(src.get())) {
      return new Image(src.get(), src.get(), alt, caption, credit, true, null);
    }
    Optional<String> resolved = SitePathResolver.resolve(source.folder(), src.get());
    if (resolved.isEmpty()) {
      f.error(prefix, "image '" + src.get() + "' points outside the site;"
          + " put the file beside the article or under static/");
      return null;
    }
    boolean exists = existsInSite(resolved.get());
    if (!exists) {
      problems.add(new Problem(source.path(), at.line(), at.column(),
          imageSeverity, ImageFiles.notFound("image", src.get(), resolved.get())));
    }
    ImageInfo info = exists ? describe(source.path(), resolved.get(), at.line(), at.column(), problems) : null;
    if (info != null) {
      // Cut for search engines, which show a lead image at 16:9, 4:3 and 1:1.
      info = ImagePipeline.withCrops(info);
      String failed = images.makeCrops(info);
      if (failed != null) {
        problems.add(new Problem(source.path(), at.line(), at.column(), Severity.WARNING, failed));
        info = info.withCrops(List.of());
      }
    }
    if (info != null && info.width() > 0 && !resolved.get().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
      if (info.width() < LEAD_IMAGE_WIDTH) {
        problems.add(new Problem(source.path(), at.line(), at.column(), Severity.WARNING,
            "lead image is " + info.width() + " px wide; search results and social cards want at"
                + " least " + LEAD_IMAGE_WIDTH + " px, so use a larger original"));
      }
    }
    return new Image(src.get(), config.basePath() + UrlPaths.encode(resolved.get()), alt, caption, credit, exists,
        info);
  }

  /** Images outside the site are errors in {@code hard}; missing files go to {@code soft}. */
  void checkBody(String file, MarkdownConverter.Converted body, Problems hard,
      Problems soft) {
    for (MarkdownConverter.Reference ref : body.references()) {
      if (!ref.image() || !SitePathResolver.isLocal(ref.written())) {
        continue;
      }
      if (ref.resolved() == null) {
        hard.error(file, ref.line(), ref.column(), "image '" + ref.written()
            + "' points outside the site; put the file beside the article or under static/");
      } else if (!existsInSite(ref.resolved())) {
        soft.add(new Problem(file, ref.line(), ref.column(), imageSeverity,
            ImageFiles.notFound("image", ref.written(), ref.resolved())));
      }
    }
  }

  /** The file of site path {@code path} under content/ or static/, without leaving them. */
  private Optional<Path> siteFile(String path) {
    Parsed.ImageDependency dependency = files.look(path);
    looked.add(dependency);
    return files.file(dependency);
  }

  private boolean existsInSite(String path) {
    return siteFile(path).isPresent();
  }

  /**
   * Describes the image at site path {@code path} if it exists; a file that cannot be read is
   * reported at {@code line}:{@code column}.
   */
  private ImageInfo describe(String file, String path, int line, int column, Problems problems) {
    Optional<Path> found = siteFile(path);
    if (found.isEmpty()) {
      return null;
    }
    ImagePipeline.Result result = images.describe(path, found.get());
    if (result.problem() != null) {
      problems.add(new Problem(file, line, column, imageSeverity, result.problem()));
    }
    return result.info();
  }
}
