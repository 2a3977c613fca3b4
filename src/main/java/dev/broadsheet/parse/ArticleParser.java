package dev.broadsheet.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.cache.BodySpill;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SitePaths;
import dev.broadsheet.images.ImagePipeline;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleLink;
import dev.broadsheet.model.Correction;
import dev.broadsheet.model.LiveUpdate;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Slugs;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.problem.Severity;
import dev.broadsheet.source.SourceFile;
import dev.broadsheet.source.TextFiles;
import dev.broadsheet.util.FastHash;
import dev.broadsheet.util.IoErrors;
import dev.broadsheet.yaml.Fields;
import dev.broadsheet.yaml.Plain;
import dev.broadsheet.yaml.Position;
import dev.broadsheet.yaml.YamlDocument;
import dev.broadsheet.yaml.YamlException;
import dev.broadsheet.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads one article file: splits and reads its front matter, converts its body, and checks both.
 * Every problem goes to {@link Problems}; an article with an error comes back empty, and the build
 * names it. Jekyll and Hugo keys ({@code author}, {@code categories}, {@code description},
 * {@code lastmod}, ...) are read as their Broadsheet equivalents.
 */
public final class ArticleParser {
  /** The largest article file read, in bytes. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  /** The keys Broadsheet reads, with the Jekyll and Hugo names it accepts for them. */
  public static final List<String> KEYS = List.of("title", "dek", "date", "updated", "embargo",
      "authors", "source", "section", "tags", "location", "image", "summary", "slug", "featured",
      "live", "breaking", "draft", "corrections", "author", "categories", "description", "excerpt", "lastmod",
      "last_modified_at", "publishDate", "published");
  private static final List<String> CORRECTION_KEYS = List.of("date", "text");
  private static final int SUMMARY_LIMIT = 320;

  private final YamlReader yaml;
  private final MarkdownConverter markdown;
  private final SiteConfig config;
  /** Tag and file-name slugs as the site's language spells them. */
  private final java.util.function.UnaryOperator<String> slugify;
  /** How headlines, deks, summaries and corrections are set, as bodies are; null: as typed. */
  private final dev.broadsheet.util.Typography typography;
  private final UnknownKeys unknownKeys;
  private final SitePaths paths;
  private final Severity imageSeverity;
  private final ImagePipeline images;
  /** Search terms, shared by every article that uses them. */
  private final Map<String, String> terms = new java.util.concurrent.ConcurrentHashMap<>();
  /** Sections, tags, bylines, places and credits, shared by every article that names them. */
  private final Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();
  /** Whether bodies are kept in memory, or made again from their files when a page needs them. */
  private volatile boolean keepBodies = true;
  /** Where the update time may be written, in order: ours, then Hugo's and Jekyll's. */
  private static final String[] UPDATED = {"/updated", "/lastmod", "/last_modified_at"};
  /** Where bodies not kept are set aside, or null. */
  private volatile BodySpill spill;
  /** Where the images articles name are looked for: on disk, unless told otherwise. */
  private volatile ImageFiles imageFiles;

  /**
   * {@code imageSeverity} is how a missing image or missing alt text counts: a warning for
   * {@code build}, an error for {@code check}.
   */
  public ArticleParser(YamlReader yaml, MarkdownConverter markdown, SiteConfig config,
      SitePaths paths, Severity imageSeverity, UnknownKeys unknownKeys, ImagePipeline images) {
    this.yaml = yaml;
    this.markdown = markdown;
    this.config = config;
    this.slugify = Slugs.forLanguage(config.language());
    this.typography = config.typesetting();
    this.unknownKeys = unknownKeys;
    this.paths = paths;
    this.imageSeverity = imageSeverity;
    this.images = images;
    this.imageFiles = ImageFiles.onDisk(paths);
  }

  /**
   * Whether article bodies stay in memory from reading to rendering (quicker), or are made again
   * from their files when a page needs them (for sites whose bodies would not fit in memory).
   */
  public void keepBodies(boolean keep) {
    this.keepBodies = keep;
  }

  /**
   * Sets bodies that do not stay in memory aside in {@code spill} (read back when their page is
   * rendered, quicker than making them again), or, when null, makes them again from their files.
   */
  public void spillBodiesTo(BodySpill spill) {
    this.spill = spill;
  }

  /** Looks for the images articles name in {@code files} from now on. */
  public void lookForImagesIn(ImageFiles files) {
    this.imageFiles = files;
  }

  /** The article in {@code source}, or empty when it has errors (each reported). */
  public Optional<Article> parse(SourceFile source, Problems problems) {
    Parsed parsed = parse(source);
    apply(parsed, source, problems);
    return Optional.ofNullable(parsed.article());
  }

  /**
   * Reports what reading an article found, whether just now or in an earlier build: its problems
   * and its unknown keys.
   */
  public void apply(Parsed parsed, SourceFile source, Problems problems) {
    parsed.problems().forEach(problems::add);
    for (Parsed.KeyUse use : parsed.keys()) {
      unknownKeys.add(use.key(), source.path(), use.line(), use.column());
    }
  }

  /**
   * Reads the article in {@code source} and records everything the reading found or looked at,
   * reporting nothing, so that an unchanged file need not be read again ({@link Parsed}).
   */
  public Parsed parse(SourceFile source) {
    Problems problems = new Problems();
    List<Parsed.KeyUse> keys = new ArrayList<>();
    List<Parsed.ImageDependency> deps = new ArrayList<>();
    String[] hash = {""};
    Article article = read(source, problems, keys, new ArticleImages(config, typography,
        imageFiles, imageSeverity, images, deps), hash);
    return new Parsed(article, problems.sorted(), List.copyOf(keys), List.copyOf(deps), hash[0]);
  }

  /**
   * What an earlier build's reading of {@code source} gave, if the image files it looked for are
   * unchanged (the file itself the caller has found unchanged), with its body to be made again
   * from the file when a page needs it; else null.
   */
  public Parsed reuse(SourceFile source, Parsed earlier) {
    if (!ArticleImages.unchanged(earlier.images(), imageFiles, images)) {
      return null;
    }
    Article a = earlier.article();
    return a == null ? earlier : new Parsed(a.withBody(reloadable(source, a.body())),
        earlier.problems(), earlier.keys(), earlier.images(), earlier.sourceHash());
  }

  /** Reads the article; {@code hash[0]} is set to a hash of the bytes read. */
  private Article read(SourceFile source, Problems problems, List<Parsed.KeyUse> keys,
      ArticleImages articleImages, String[] hash) {
    String file = source.path();
    String text;
    try {
      long size = Files.size(source.file());
      if (size > MAX_BYTES) {
        problems.error(file, 1, 1, String.format(java.util.Locale.ROOT, "article is %.1f MB; the"
            + " limit is %d MB. Split it, or move embedded data out of the Markdown",
            size / (1024.0 * 1024), MAX_BYTES / (1024 * 1024)));
        return null;
      }
      byte[] bytes = Files.readAllBytes(source.file());
      hash[0] = FastHash.of(bytes);
      int[] controls = new int[3];
      text = TextFiles.decode(bytes, controls);
      if (controls[0] > 0) {
        int[] at = TextFiles.position(bytes, controls[1]);
        boolean one = controls[0] == 1;
        problems.warning(file, at[0], at[1], TextFiles.controlCharacter(controls[2])
            + (one ? "" : " and " + (controls[0] - 1) + " more in the file")
            + ", which a page shows as nothing or a box, "
            + (one ? "is printed as a space; delete it" : "are printed as spaces; delete them"));
      }
    } catch (TextFiles.InvalidTextException e) {
      problems.error(file, e.line(), e.column(), e.getMessage());
      return null;
    } catch (CharacterCodingException e) {
      problems.error(file, 1, 1, "not valid UTF-8; save the file as UTF-8");
      return null;
    } catch (IOException e) {
      problems.error(file, 0, 0, "cannot read: " + IoErrors.reason(e));
      return null;
    }
    if (source.stem().equals("_index")) {
      problems.error(file, 1, 1, "_index.md is Hugo's list page of a section or of the site;"
          + " Broadsheet makes those pages itself. Give a section its title and description under"
          + " 'sections:' in site.yaml (the site's under 'title:' and 'description:'), then delete"
          + " this file");
      return null;
    }
    FrontMatterSplitter.Split split;
    try {
      split = FrontMatterSplitter.split(text);
    } catch (FrontMatterSplitter.SplitException e) {
      problems.error(file, e.line(), 1, e.getMessage());
      return null;
    }
    YamlDocument doc;
    try {
      doc = yaml.readMapping(split.yaml(), split.yamlOffset());
    } catch (YamlException e) {
      problems.error(file, e.position().line(), e.position().column(), e.getMessage());
      return null;
    }
    Problems local = new Problems();
    Problems soft = new Problems();
    Article article = read(source, split, new Fields(doc, file, local), local, soft, keys,
        articleImages);
    if (article == null && !local.hasErrors()) {
      // Never drop an article without saying so.
      local.error(file, 1, 1, "this article could not be read, for a reason Broadsheet failed to"
          + " name; please report it");
    }
    local.sorted().forEach(problems::add);
    soft.sorted().forEach(problems::add);
    // Image problems (errors only under check) do not keep the article out of the site model,
    // so check still finds everything else about it, such as its links.
    return local.hasErrors() ? null : article;
  }

  private Article read(SourceFile source, FrontMatterSplitter.Split split, Fields f, Problems problems,
      Problems soft, List<Parsed.KeyUse> keys, ArticleImages articleImages) {
    String file = source.path();
    for (String key : f.unknownKeys("", KEYS)) {
      Position at = f.doc().keyAt("/" + key);
      keys.add(new Parsed.KeyUse(key, at.line(), at.column()));
    }
    Map<String, Integer> lines = new HashMap<>();
    for (String key : List.of("title", "date", "section", "slug", "image", "authors", "tags")) {
      Position at = f.doc().keyAt("/" + key);
      lines.put(key, at.line() == 0 ? 1 : at.line());
    }
    if (f.has("/embargo")) {
      lines.put("embargo", f.doc().keyAt("/embargo").line());
    }

    Optional<String> title = f.text("/title");
    JsonNode titleNode = f.doc().root().get("title");
    if (title.isEmpty() && (titleNode == null || titleNode.isValueNode())) {
      if (titleNode == null) {
        problems.error(file, 1, 1, "missing 'title:' (the headline); add it to the front matter");
      } else {
        f.errorAtKey("/title", "'title' is empty; write the headline after 'title:'");
      }
    }
    ZonedDateTime date = date(f, source, problems);
    ZonedDateTime updated = firstDate(f, UPDATED);
    ZonedDateTime embargo = firstDate(f, "/embargo");
    if (date != null && updated != null && updated.isBefore(date)) {
      String ptr = Stream.of(UPDATED).filter(p -> f.text(p).isPresent()).findFirst()
          .orElse(UPDATED[0]);
      f.warning(ptr, "'" + ptr.substring(1) + "' (" + updated.toOffsetDateTime() + ") is before"
          + " the article's date (" + date.toOffsetDateTime() + "), so no update is shown;"
          + " correct one of the two");
    }

    List<String> authors = new ArrayList<>(f.textList("/authors", false));
    authors.addAll(f.textList("/author", false));
    List<String> tags = new ArrayList<>();
    Set<String> tagSlugs = new LinkedHashSet<>();
    for (String tag : concat(f.textList("/tags", true), f.textList("/categories", true))) {
      if (tagSlugs.add(slugify.apply(tag))) {
        tags.add(tag);
      }
    }
    String section = section(f, source);
    String slug = slug(f, source);
    boolean draft = f.bool("/draft").orElse(false) || !f.bool("/published").orElse(true);

    MarkdownConverter.Converted body;
    try {
      body = markdown.convert(split.body(), source.folder(), split.bodyOffset(), config.basePath(),
          articleImages.lookup(file, soft));
    } catch (StackOverflowError e) {
      problems.error(file, split.bodyOffset() + 1, 1, "Markdown nested too deeply to render"
          + " (lists or quotes inside each other thousands of levels deep); flatten it");
      return null;
    }
    articleImages.checkBody(file, body, problems, soft);
    Image image = articleImages.lead(f, source, soft);

    String summary = f.text("/summary")
        .or(() -> f.text("/description")).or(() -> f.text("/excerpt")).map(this::typeset)
        .orElse(shorten(body.summary()));
    Map<String, Object> extra = new LinkedHashMap<>();
    Map<String, Object> all = Plain.toMap(f.doc().root());
    for (String key : f.unknownKeys("", KEYS)) {
      if (all.containsKey(key)) {
        extra.put(key, all.get(key));
      }
    }
    // Read (and their faults reported) even when the article cannot be made, so that one build
    // reports every fault of the file.
    String dek = typeset(f.text("/dek").orElse(null));
    String credit = f.text("/source").orElse(null);
    String location = f.text("/location").orElse(null);
    boolean featured = f.bool("/featured").orElse(false);
    boolean live = f.bool("/live").orElse(false);
    boolean breaking = f.bool("/breaking").orElse(false);
    List<Correction> corrections = corrections(f);
    if (title.isEmpty() || date == null || section == null || slug == null) {
      return null;
    }
    List<LiveUpdate> updates = live ? LiveUpdates.of(body.html(), date, config.timeZone(), f)
        : List.of();
    return new Article(file, typeset(title.get()), dek, date, updated, embargo, names(authors),
        name(credit), name(section), names(tags), name(location), image, summary, slug, featured,
        draft, corrections, live, updates, breaking, body(source, body), body.wordCount(), articleLinks(body),
        Map.copyOf(lines), java.util.Collections.unmodifiableMap(extra));
  }

  /** {@code text} with its punctuation set as the site sets it (see {@link dev.broadsheet.util.Typography}). */
  private String typeset(String text) {
    return typography == null ? text : typography.apply(text);
  }

  private ZonedDateTime date(Fields f, SourceFile source, Problems problems) {
    ZonedDateTime date = firstDate(f, "/publishDate", "/date");
    if (date != null || written(f, "date") || written(f, "publishDate")) {
      return date;
    }
    Optional<LocalDate> fromName = Dates.fromFileName(source.stem());
    if (fromName.isPresent()) {
      return fromName.get().atStartOfDay(config.timeZone());
    }
    problems.error(source.path(), 1, 1, "missing 'date:' (when the article was published);"
        + " add one such as 2023-02-21T14:30:00+03:00, or name the file YYYY-MM-DD-slug.md");
    return null;
  }

  /** Whether {@code key} holds something (whose faults, if any, were already reported). */
  private static boolean written(Fields f, String key) {
    JsonNode node = f.doc().root().get(key);
    return node != null && !(node.isNull() || node.isValueNode() && node.asText().isBlank());
  }

  private ZonedDateTime firstDate(Fields f, String... pointers) {
    for (String ptr : pointers) {
      Optional<String> text = f.text(ptr);
      if (text.isPresent()) {
        try {
          return Dates.parse(text.get(), config.timeZone(), unclear -> f.warning(ptr, unclear));
        } catch (Dates.BadOffset e) {
          f.error(ptr, "'" + text.get() + "' has " + e.getMessage());
          return null;
        } catch (DateTimeParseException e) {
          f.error(ptr, "'" + text.get() + "' is not a date I can read; write " + Dates.FORMS);
          return null;
        }
      }
    }
    return null;
  }

  private String section(Fields f, SourceFile source) {
    Optional<String> given = f.text("/section");
    if (given.isPresent()) {
      String key = Slugs.asciiSlug(given.get());
      if (key.isEmpty()) {
        f.error("/section", "section '" + given.get() + "' has no letters or digits to make a URL from;"
            + " use a key such as 'world'");
        return null;
      }
      return key;
    }
    String folder = source.folder();
    String first = folder.isEmpty() ? "" : folder.split("/")[0];
    if (first.isEmpty() || first.startsWith("_")) {
      return config.defaultSection();
    }
    String key = Slugs.asciiSlug(first);
    if (key.isEmpty()) {
      f.error("", "folder '" + first + "' cannot be a section key; add 'section:' to the front matter");
      return null;
    }
    return key;
  }

  private String slug(Fields f, SourceFile source) {
    Optional<String> given = f.text("/slug");
    if (given.isPresent()) {
      if (!Slugs.isSlug(given.get())) {
        String fixed = Slugs.asciiSlug(given.get());
        f.error("/slug", "slug '" + given.get() + "' may hold only lower-case letters, digits and"
            + " single hyphens" + (fixed.isEmpty() ? "" : "; write '" + fixed + "'"));
        return null;
      }
      String tooLong = Slugs.tooLong(given.get(), "folder");
      if (tooLong != null) {
        f.error("/slug", tooLong);
        return null;
      }
      return given.get();
    }
    String stem = Dates.stripDatePrefix(source.stem());
    if (stem.equals("index")) {
      String folder = source.folder();
      stem = folder.substring(folder.lastIndexOf('/') + 1);
    }
    String slug = slugify.apply(stem);
    if (slug.isEmpty()) {
      f.error("", "cannot make a URL slug from the file name; add 'slug:' to the front matter");
      return null;
    }
    return slug;
  }

  /**
   * The body of {@code converted}: kept in memory (see {@link #keepBodies}), else made again from
   * the file when a page needs it.
   */
  private dev.broadsheet.model.Body body(SourceFile source, MarkdownConverter.Converted converted) {
    String html = converted.html();
    dev.broadsheet.util.HtmlText text = dev.broadsheet.util.HtmlText.of(html);
    dev.broadsheet.search.SearchIndex.Terms t = dev.broadsheet.search.SearchIndex.bodyTerms(
        text.text(), s -> terms.computeIfAbsent(s, k -> k));
    byte[] utf8 = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    dev.broadsheet.model.Body body = new dev.broadsheet.model.Body(null, null, FastHash.of(utf8),
        text.ids(), t.terms(), t.scores());
    if (keepBodies) {
      return body.withHtml(utf8);
    }
    BodySpill aside = spill;
    BodySpill.Place place = aside == null ? null : aside.store(utf8);
    if (place == null) {
      return reloadable(source, body);
    }
    String hash = body.hash();
    return body.withoutHtml(() -> {
      String loaded = aside.load(place);
      return loaded != null ? loaded : reconvert(source, hash);
    });
  }

  /** A body's hash: of its HTML's UTF-8 bytes. */
  private static String hash(String html) {
    return FastHash.of(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** {@code body} without its HTML, which is made again from {@code source} when asked for. */
  public dev.broadsheet.model.Body reloadable(SourceFile source, dev.broadsheet.model.Body body) {
    String hash = body.hash();
    return body.withoutHtml(() -> reconvert(source, hash));
  }

  private String reconvert(SourceFile source, String hash) {
    try {
      FrontMatterSplitter.Split split = FrontMatterSplitter.split(
          TextFiles.decode(Files.readAllBytes(source.file()), new int[3]));
      String html = markdown.convert(split.body(), source.folder(), split.bodyOffset(),
          config.basePath(), new ArticleImages(config, typography, imageFiles,
              imageSeverity, images, new ArrayList<>()).lookup(source.path(), new Problems())).html();
      if (hash(html).equals(hash)) {
        return html;
      }
    } catch (IOException | FrontMatterSplitter.SplitException | RuntimeException e) {
      // Reported below as a change during the build.
    }
    throw new dev.broadsheet.model.Body.ChangedException(source.path());
  }

  /**
   * One string for each name however many articles repeat it: on a large site, tags and bylines
   * written again in every article would otherwise take much of the memory.
   */
  private String name(String s) {
    return s == null ? null : names.computeIfAbsent(s, k -> k);
  }

  private List<String> names(List<String> list) {
    return list.stream().map(this::name).toList();
  }

  private static List<ArticleLink> articleLinks(MarkdownConverter.Converted body) {
    List<ArticleLink> out = new ArrayList<>();
    for (MarkdownConverter.Reference ref : body.references()) {
      if (!ref.image() && ref.resolved() != null && MarkdownConverter.isArticlePath(ref.resolved())) {
        int hash = ref.written().indexOf('#');
        out.add(new ArticleLink("content/" + ref.resolved(),
            hash < 0 ? "" : ref.written().substring(hash + 1), ref.written(), ref.line(), ref.column()));
      }
    }
    return List.copyOf(out);
  }


  private List<Correction> corrections(Fields f) {
    JsonNode node = f.node("/corrections");
    List<Correction> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!node.isArray()) {
      f.error("/corrections", "'corrections' must be a list of '- date: ..., text: ...' entries");
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      String ptr = "/corrections/" + i;
      if (!node.get(i).isObject()) {
        f.error(ptr, "each correction needs 'date:' and 'text:'");
        continue;
      }
      for (String key : f.unknownKeys(ptr, CORRECTION_KEYS)) {
        f.errorAtKey(ptr + "/" + key, "unknown correction key '" + key + "'; a correction has date and text");
      }
      ZonedDateTime when = firstDate(f, ptr + "/date");
      Optional<String> text = f.text(ptr + "/text");
      if (!f.has(ptr + "/date")) {
        f.error(ptr, "correction needs 'date:', when it was made");
      }
      if (text.isEmpty()) {
        f.error(ptr, "correction needs 'text:', what was corrected");
      }
      if (when != null && text.isPresent()) {
        out.add(new Correction(when, typeset(text.get())));
      }
    }
    return List.copyOf(out);
  }

  private static String shorten(String text) {
    if (text.length() <= SUMMARY_LIMIT) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SUMMARY_LIMIT - 1);
    return text.substring(0, cut > 0 ? cut : SUMMARY_LIMIT - 1) + "…";
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
