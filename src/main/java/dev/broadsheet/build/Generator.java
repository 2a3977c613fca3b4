package dev.broadsheet.build;

import dev.broadsheet.config.Labels;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SiteConfigLoader;
import dev.broadsheet.config.SitePaths;
import dev.broadsheet.images.ImagePipeline;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.AuthorProfile;
import dev.broadsheet.model.BuildFilter;
import dev.broadsheet.model.RelatedMemo;
import dev.broadsheet.model.Site;
import dev.broadsheet.util.Folders;
import dev.broadsheet.problem.Problem;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.SiteModelBuilder;
import dev.broadsheet.output.OutputWriter;
import dev.broadsheet.output.StaticFile;
import dev.broadsheet.output.StaticFiles;
import dev.broadsheet.cache.BodySpill;
import dev.broadsheet.cache.PageManifest;
import dev.broadsheet.cache.ParseCache;
import dev.broadsheet.parse.ArticleParser;
import dev.broadsheet.parse.ImageFiles;
import dev.broadsheet.parse.Parsed;
import dev.broadsheet.source.SourceFile;
import dev.broadsheet.parse.AuthorParser;
import dev.broadsheet.parse.MarkdownConverter;
import dev.broadsheet.parse.UnknownKeys;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.problem.Severity;
import dev.broadsheet.render.Fingerprints;
import dev.broadsheet.render.PagePlan;
import dev.broadsheet.render.PagePlanner;
import dev.broadsheet.render.PageRenderer;
import dev.broadsheet.render.Templates;
import dev.broadsheet.render.Views;
import dev.broadsheet.search.SearchIndex;
import dev.broadsheet.source.ContentScanner;
import dev.broadsheet.syndication.GeneratedFile;
import dev.broadsheet.syndication.JsonLd;
import dev.broadsheet.syndication.Sitemaps;
import dev.broadsheet.syndication.Syndication;
import dev.broadsheet.syndication.Urls;
import dev.broadsheet.source.ContentTree;
import dev.broadsheet.util.UrlPaths;
import dev.broadsheet.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import dev.broadsheet.util.FastHash;
import dev.broadsheet.util.IoErrors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Runs a build: load, parse, model, render, publish, each stage timed. {@code check} is the same
 * chain with nothing written, so the two cannot drift. The output is replaced only when the build
 * succeeded (or, with keep-going, when only articles failed).
 */
public final class Generator {
  private final YamlReader yaml = new YamlReader();
  /** Whether the build cache of one build is kept in memory for the next (the dev server). */
  private final boolean remember;
  private ParseCache lastArticles;
  private PageManifest lastPages;
  /** The last build, when it published: what a {@link #preview} of an edit starts from. */
  private volatile LastBuild last;

  private record LastBuild(Site site, Set<String> sources, SiteModelBuilder builder,
      ArticleParser parser, Views views, PagePlanner planner, PageRenderer renderer) {}

  /**
   * The dev server's templates, loaded and parsed, and what they were loaded from (the site's
   * template files and the locale): the next build uses them again if that is unchanged.
   */
  private volatile LastTemplates lastTemplates;

  private record LastTemplates(String key, Templates templates) {}

  /** The memory article bodies may take from reading to rendering: a sixth of the heap. */
  private long memoryForBodies = Runtime.getRuntime().maxMemory() / 6;

  public Generator() {
    this(false);
  }

  /** This generator, letting bodies take {@code bytes} of memory (0: none are kept), for tests. */
  Generator withMemoryForBodies(long bytes) {
    this.memoryForBodies = bytes;
    return this;
  }

  private Generator(boolean remember) {
    this.remember = remember;
  }

  /**
   * A generator for many builds of one site in this process, as the dev server makes: what each
   * build reads and writes is kept in memory for the next instead of in files.
   */
  public static Generator remembering() {
    return new Generator(true);
  }

  public BuildReport run(SitePaths paths, BuildOptions options) {
    return run(paths, options, Progress.NONE);
  }

  /** The article cache of one site, being read since before its build began. */
  private record EarlyRead(Path file, CompletableFuture<ParseCache.Preloaded> preloaded) {}

  private static final java.util.concurrent.atomic.AtomicReference<EarlyRead> EARLY =
      new java.util.concurrent.atomic.AtomicReference<>();

  /**
   * Starts reading the article cache of the site at {@code root} on another thread, for the
   * next build of that site in this process to take: the command line calls this before it has
   * parsed its arguments (some 60 ms before a build begins), as an incremental build otherwise
   * waits for the cache. A build of another site, or without the cache, leaves it unused.
   */
  public static void readCacheEarly(Path root) {
    Path file = SitePaths.of(root).cache().resolve("articles.bin");
    EARLY.set(new EarlyRead(file, preload(file)));
  }

  /** Reads the article cache {@code file} on another thread, if this Broadsheet wrote it. */
  private static CompletableFuture<ParseCache.Preloaded> preload(Path file) {
    return CompletableFuture.supplyAsync(() -> ParseCache.preload(file, CODE + " "));
  }

  /** Lets go of a cache read early that no build took. */
  public static void forgetEarlyRead() {
    EARLY.set(null);
  }

  /** The reading of {@code file} started early, taken once; else null. */
  static CompletableFuture<ParseCache.Preloaded> earlyRead(Path file) {
    EarlyRead early = EARLY.getAndSet(null);
    return early != null && early.file().equals(file) ? early.preloaded() : null;
  }

  /** Runs a build, telling {@code progress} how far it has got. */
  public BuildReport run(SitePaths paths, BuildOptions options, Progress progress) {
    List<CompletableFuture<?>> background = new ArrayList<>();
    List<java.io.Closeable> closing = new ArrayList<>();
    if (options.write() && !remember) {
      // Taken first, so that the caches and the output this build reads are the last build's.
      // (The dev server builds into a folder of its own and keeps its caches in memory.) With
      // --no-cache nothing is kept in the cache folder, its lock file neither: builds of this
      // process still take turns.
      SitePaths writing = options.output() == null ? paths : paths.withOutput(options.output());
      String name = writing.relative(writing.output());
      closing.add(OutputLock.acquire(lockFile(writing), options.cache(), () -> progress.waiting(
          "Waiting for another build of " + (name.endsWith("/") ? name : name + "/")
              + " to finish")));
    }
    try {
      return build(paths, options, progress, background, closing);
    } finally {
      background.forEach(CompletableFuture::join);
      // Last opened, first closed: the lock on the output, taken first, is let go last.
      for (int i = closing.size() - 1; i >= 0; i--) {
        try {
          closing.get(i).close();
        } catch (IOException e) {
          // Only the build's own scratch files and its lock are closed here.
        }
      }
      progress.end();
    }
  }

  /**
   * {@code background}: work the build started on other threads, to finish before it returns;
   * {@code closing}: what it opened for its own use, to close then.
   */
  private BuildReport build(SitePaths given, BuildOptions options, Progress progress,
      List<CompletableFuture<?>> background, List<java.io.Closeable> closing) {
    SitePaths paths = options.output() == null ? given : given.withOutput(options.output());
    Problems problems = new Problems();
    Map<String, Long> stages = new LinkedHashMap<>();
    long t = System.nanoTime();

    // The last build's readings load on another thread from the start, while site.yaml (which
    // says whether they are of use) is read and the content folder is scanned.
    boolean caching = options.write() && options.cache();
    Path articlesFile = paths.cache().resolve("articles.bin");
    CompletableFuture<ParseCache.Preloaded> early = earlyRead(articlesFile);
    CompletableFuture<ParseCache.Preloaded> preloaded = !caching || lastArticles != null ? null
        : early != null ? early : preload(articlesFile);
    SiteConfigLoader configLoader = new SiteConfigLoader(yaml)
        .baseUrlGiven(options.baseUrl() != null);
    Optional<SiteConfig> loaded = configLoader.load(paths, problems);
    if (loaded.isEmpty()) {
      new ContentScanner().scan(paths, problems);
      return report(problems, 0, 0, 0, 0, stages, false, Optional.empty());
    }
    SiteConfig config = loaded.get();
    if (options.baseUrl() != null) {
      try {
        config = config.withBaseUrl(SiteConfigLoader.normalizeBaseUrl(options.baseUrl()));
      } catch (IllegalArgumentException e) {
        problems.error("--base-url", 0, 0, e.getMessage());
        new ContentScanner().scan(paths, problems);
        return report(problems, 0, 0, 0, 0, stages, false, Optional.empty());
      }
    }
    Severity imageSeverity = options.write() ? Severity.WARNING : Severity.ERROR;
    String readKey = readKey(paths, config, imageSeverity);
    CompletableFuture<ParseCache> cached = !caching ? CompletableFuture.completedFuture(null)
        : lastArticles != null && lastArticles.key().equals(readKey)
            ? CompletableFuture.completedFuture(lastArticles)
            : preloaded != null ? preloaded.thenApply(p -> p.forKey(readKey))
            : CompletableFuture.supplyAsync(() -> ParseCache.load(articlesFile, readKey));
    CompletableFuture<PageManifest> pages = !caching ? CompletableFuture.completedFuture(null)
        : CompletableFuture.supplyAsync(() -> lastPages(paths));
    ContentTree tree = new ContentScanner().scan(paths, problems);
    t = lap(stages, "load", t);

    UnknownKeys unknownKeys = new UnknownKeys();
    ImagePipeline images = new ImagePipeline(config.images(), paths.imageCache(), options.write());
    ArticleParser parser = new ArticleParser(yaml,
        new MarkdownConverter(config.rawHtml(), config.typesetting()), config,
        paths, imageSeverity, unknownKeys, images);
    boolean bodiesFit = bodiesFit(tree);
    parser.keepBodies(bodiesFit);
    if (!bodiesFit && caching) {
      try {
        BodySpill spill = BodySpill.open(paths.cache());
        closing.add(spill);
        parser.spillBodiesTo(spill);
      } catch (IOException e) {
        // Each body is then made again from its file when its page is rendered.
      }
    }
    List<SourceFile> contentFiles = new ArrayList<>(tree.articles());
    contentFiles.addAll(tree.authors());
    contentFiles.addAll(tree.assets());
    ImageFiles imageFiles = ImageFiles.scanned(paths, contentFiles);
    parser.lookForImagesIn(imageFiles);
    progress.begin("Reading articles", tree.articles().size());
    long readFrom = System.currentTimeMillis();
    ParseCache cache = cached.join();
    AtomicInteger read = new AtomicInteger();
    Map<String, String> articleKeys = new java.util.concurrent.ConcurrentHashMap<>();
    List<Optional<Article>> parsed = tree.articles().parallelStream().map(s -> {
      Parsed p = cache == null ? parser.parse(s) : read(s, parser, cache);
      if (cache == null || !cache.isReused(s, p)) {
        read.incrementAndGet();
      }
      if (p.article() != null) {
        articleKeys.put(p.article().source(), p.articleKey());
      }
      parser.apply(p, s, problems);
      progress.step();
      return Optional.ofNullable(p.article());
    }).toList();
    List<Article> articles = parsed.stream().flatMap(Optional::stream).toList();
    if (cache != null && remember) {
      lastArticles = cache.carryOver(readFrom);
    } else if (cache != null) {
      background.add(CompletableFuture.runAsync(() -> {
        cache.save();
        cache.release();
      }));
    }
    int failed = parsed.size() - articles.size();
    unknownKeys.report(problems, ArticleParser.KEYS);
    AuthorParser authorParser = new AuthorParser(yaml, config.basePath(), imageFiles, images,
        imageSeverity);
    List<AuthorProfile> profiles = tree.authors().stream()
        .map(s -> authorParser.parse(s, problems)).flatMap(Optional::stream).toList();
    t = lap(stages, "parse", t);

    SiteConfig settings = config;
    String siteTemplates = templatesKey(paths) + " " + config.locale();
    LastTemplates kept = lastTemplates;
    CompletableFuture<Templates> templates = kept != null && kept.key().equals(siteTemplates)
        ? CompletableFuture.completedFuture(kept.templates())
        : CompletableFuture.supplyAsync(() -> {
          // Templates are loaded and parsed on another thread while the site is modelled.
          try {
            Templates theme = new Templates(paths.templates(), settings.locale());
            theme.warm();
            return theme;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    ZonedDateTime now = ZonedDateTime.now(options.clock()).withZoneSameInstant(config.timeZone());
    java.util.Set<String> sources = new java.util.HashSet<>();
    tree.articles().forEach(s -> sources.add(s.path()));
    tree.authors().forEach(s -> sources.add(s.path()));
    SiteModelBuilder builder = new SiteModelBuilder(config).relatedFrom(relatedMemo(pages.join()));
    Site site = builder.build(articles, sources, profiles,
        new BuildFilter(now, options.drafts(), options.future()), problems);
    // The dev server keeps the builder for its quick look at an edit, but not this manifest.
    builder.relatedFrom(null);
    t = lap(stages, "model", t);

    // The search index is made on other threads while the pages are planned.
    CompletableFuture<List<GeneratedFile>> search =
        CompletableFuture.supplyAsync(() -> SearchIndex.files(SearchIndex.docs(site)));
    background.add(search.exceptionally(e -> null));
    List<StaticFile> statics = new ArrayList<>(StaticFiles.collect(paths, tree.assets(), problems));
    // The crops of lead images read from the article cache, whose files are in the image cache.
    for (dev.broadsheet.model.Story s : site.stories()) {
      dev.broadsheet.model.Image image = s.article().image();
      if (image != null && image.info() != null && !image.info().crops().isEmpty()) {
        String uncut = images.makeCrops(image.info());
        if (uncut != null) {
          problems.warning(s.article().source(), s.article().lineOf("image"), 1, uncut);
        }
      }
    }
    images.resizedFiles().forEach((path, file) -> statics.add(
        StaticFile.of(path, "[resized image]", file)));
    Urls urls = new Urls(config.baseUrl(), config.basePath());
    String fallbackImage = fallbackImage(config, configLoader.document(), statics, problems);
    Views views = new Views(site);
    Labels labels = Labels.load(paths, config.language(), configLoader.document(), yaml, problems);
    PagePlanner planner = new PagePlanner(site, views, new JsonLd(site, urls, fallbackImage),
        fallbackImage, labels);
    List<PagePlan> plans = planner.plan();
    List<Sitemaps.Entry> sitemapPages = plans.stream()
        .filter(p -> !p.path().equals("404.html") && !p.path().equals("search/"))
        .map(p -> new Sitemaps.Entry(p.path(), p.lastModified())).toList();
    boolean ownRobots = statics.stream().anyMatch(f -> f.path().equals("robots.txt"));
    List<GeneratedFile> generated = new ArrayList<>(Syndication.files(site, urls, planner.feeds(),
        sitemapPages, ownRobots, fallbackImage));
    PageManifest manifest = pages.join();
    Fingerprints fingerprints = manifest == null ? null
        : new Fingerprints(views, readKey + " " + config.baseUrl() + " " + siteTemplates,
            articleKeys);
    if (fingerprints != null) {
      // While the search index is still being made on the other threads.
      fingerprints.shape();
      fingerprints.stories();
    }
    generated.addAll(result(search));
    checkCollisions(plans, generated, statics, problems);
    OutputWriter writer = null;
    PageRenderer renderer;
    try {
      renderer = new PageRenderer(joined(templates), labels);
      if (options.write()) {
        writer = manifest != null && manifest.usable()
            ? OutputWriter.update(paths.output(), paths.root())
            : OutputWriter.open(paths.output(), paths.root());
      }
    } catch (OutputWriter.OutputException e) {
      problems.error(paths.relative(paths.output()), 0, 0, e.getMessage());
      return report(problems, site.stories().size(), failed, 0, 0, stages, false, site.nextDue());
    } catch (IOException e) {
      problems.error(paths.relative(paths.output()), 0, 0,
          "cannot prepare the output: " + IoErrors.describe(e, paths::relative));
      return report(problems, site.stories().size(), failed, 0, 0, stages, false, site.nextDue());
    }
    OutputWriter out = writer;
    Problems renderProblems = new Problems();
    RenderStage.Counts counts = new RenderStage.Counts();
    try {
      RenderStage.run(plans, generated, statics, renderer, out, progress, fingerprints, manifest,
          counts);
    } catch (IOException | UncheckedIOException e) {
      problems.error(paths.relative(paths.output()), 0, 0,
          "cannot write the site: " + IoErrors.describe(e, paths::relative));
    } catch (OutputWriter.OutputException e) {
      // A path the writer refuses that no check before it caught: the build fails, by name.
      problems.error(paths.relative(paths.output()), 0, 0, "cannot write the site: "
          + e.getMessage());
    }
    renderer.report(renderProblems);
    renderProblems.sorted().forEach(problems::add);
    t = lap(stages, "render", t);

    boolean publish = out != null && (!problems.hasErrors()
        || (options.keepGoing() && !renderProblems.hasErrors() && !siteWideErrors(problems, paths)));
    if (out != null) {
      try {
        if (publish && manifest != null) {
          String id = manifest.digest();
          if (out.updating()) {
            // Killed while files are moved into place, the next build rewrites the whole output.
            manifest.invalidate();
          }
          out.commit(id, manifest.stale());
          if (remember) {
            lastPages = manifest.carryOver(id);
          } else {
            // Written while the article cache is, before the build returns.
            background.add(CompletableFuture.runAsync(() -> manifest.save(id)));
          }
        } else if (publish) {
          out.commit();
        } else {
          out.abort();
        }
      } catch (IOException e) {
        problems.error(paths.relative(paths.output()), 0, 0,
            "cannot replace the output: " + IoErrors.describe(e, paths::relative));
        out.abort();
        publish = false;
      }
    }
    lap(stages, "publish", t);
    if (remember) {
      last = publish ? new LastBuild(site, sources, builder, parser, views, planner, renderer) : null;
      lastTemplates = publish ? new LastTemplates(siteTemplates, templates.join()) : null;
    }
    Optional<Set<String>> changed = Optional.empty();
    if (publish && out.updating()) {
      Set<String> files = new java.util.TreeSet<>(counts.writtenFiles());
      files.addAll(manifest.stale());
      changed = Optional.of(java.util.Collections.unmodifiableSet(files));
    }
    return report(problems, site.stories().size(), failed, plans.size(),
        statics.size() + generated.size(), stages,
        publish, site.nextDue(), new BuildReport.Work(tree.articles().size(), read.get(),
        counts.compared(), counts.rendered(), generated.size(), counts.generated(),
        counts.written()), changed);
  }

  /**
   * For the dev server, after article file {@code changed} (a site path such as
   * {@code content/world/summit.md}) was edited: renders that article's page alone into the
   * output of the last build, if it published and the edit keeps the site's shape (see
   * {@link SiteModelBuilder#replace}), so that the page can be shown before the site is built
   * again. Returns the output file written, or nothing. A build must follow: it makes everything
   * else the edit changed (cards, lists, feeds, search) and reports its problems.
   */
  public synchronized Optional<Set<String>> preview(SitePaths paths, String changed) {
    LastBuild b = last;
    String content = paths.relative(paths.content()) + "/";
    if (b == null || !remember || !changed.startsWith(content)) {
      return Optional.empty();
    }
    Story story = b.site().stories().stream()
        .filter(s -> s.article().source().equals(changed)).findFirst().orElse(null);
    if (story == null) {
      return Optional.empty();
    }
    // Images added since the build are found too.
    b.parser().lookForImagesIn(ImageFiles.onDisk(paths));
    Parsed p = b.parser().parse(new SourceFile(paths.root().resolve(changed), changed,
        changed.substring(content.length())));
    if (p.article() == null || p.problems().stream().anyMatch(Problem::isError)) {
      return Optional.empty();
    }
    Optional<Story> edited = b.builder().replace(b.site(), story, p.article(), b.sources());
    if (edited.isEmpty()) {
      return Optional.empty();
    }
    b.views().refresh(edited.get());
    PagePlan plan = b.planner().articlePage(edited.get());
    b.renderer().forgetCached();
    Optional<byte[]> bytes = b.renderer().render(plan);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    try {
      Folders.writeAtomically(paths.output().resolve(plan.file()), out -> out.write(bytes.get()));
    } catch (IOException e) {
      return Optional.empty();
    }
    PageManifest pages = lastPages;
    if (pages != null) {
      // Rendered again by the next build (no fingerprint matches ""), and not written again if
      // it comes out the same.
      pages.rewrote(plan.file(), new PageManifest.Entry("", FastHash.of(bytes.get()),
          bytes.get().length));
    }
    return Optional.of(Set.of(plan.file()));
  }

  /**
   * Whether the site's article bodies can stay in memory from reading to rendering: their HTML is
   * about the size of their files, and may take a sixth of the heap. Otherwise (a site of 100,000
   * articles in a 1 GB heap) they are set aside, compressed, in a scratch file of the build cache's
   * folder, or without a cache made again from their files when their pages are rendered.
   */
  private boolean bodiesFit(ContentTree tree) {
    long total = tree.articles().stream().mapToLong(s -> Math.max(0, s.size())).sum();
    return total * 3 / 2 < memoryForBodies;
  }

  /**
   * {@code source} as the cache has it, if unchanged, else read now (and kept for next time). The
   * stamp is taken before reading and the hash is of the bytes read, so a change while reading
   * shows next time.
   */
  private static Parsed read(SourceFile source, ArticleParser parser, ParseCache cache) {
    ParseCache.Stamp stamp = ParseCache.Stamp.of(source);
    Parsed earlier = cache.get(source, stamp);
    Parsed p = earlier == null ? null : parser.reuse(source, earlier);
    if (p != null) {
      cache.put(source, stamp, earlier);
      return p;
    }
    p = parser.parse(source);
    cache.put(source, stamp, p);
    return p;
  }

  /**
   * What every cached reading depends on besides the article's own file: this Broadsheet,
   * site.yaml's bytes, the base path URLs start with (which --base-url may change), whether
   * image problems are errors, and the heap images may use.
   */
  private static String readKey(SitePaths paths, SiteConfig config, Severity imageSeverity) {
    StringBuilder key = new StringBuilder(CODE);
    try {
      key.append(' ').append(FastHash.of(Files.readAllBytes(paths.config())));
    } catch (IOException e) {
      key.append(" unreadable site.yaml ").append(System.nanoTime());
    }
    // The heap decides which images are too large to resize (ImagePipeline.MEMORY_BUDGET).
    return key.append(' ').append(config.basePath()).append(' ').append(imageSeverity)
        .append(' ').append(dev.broadsheet.images.ImagePipeline.MEMORY_BUDGET >> 20).toString();
  }

  /**
   * This build of Broadsheet: its jar's size and time, so that a new version reads every article
   * again. Run from compiled classes (in development) it is this run's start, so a cache is reused
   * only within one run.
   */
  private static final String CODE = code();

  private static String code() {
    try {
      Path jar = Path.of(
          Generator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(jar)) {
        return "jar " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
      }
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      // Unknown: fall through to a key of this run only.
    }
    return "run " + System.currentTimeMillis() + " " + System.nanoTime();
  }

  /**
   * Related stories kept in the last build's page manifest, and recorded in this build's, so that
   * a build whose stories' dates, sections and tags are unchanged does not score them again.
   */
  private static RelatedMemo relatedMemo(PageManifest manifest) {
    return manifest == null ? null : new RelatedMemo() {
      @Override
      public int[][] recall(String key) {
        PageManifest.Related last = manifest.previousRelated();
        return last != null && last.key().equals(key) ? last.places() : null;
      }

      @Override
      public void remember(String key, int[][] places) {
        manifest.related(new PageManifest.Related(key, places));
      }
    };
  }

  /** What the last build wrote to the output folder, if it is still there as it left it. */
  private PageManifest lastPages(SitePaths paths) {
    String outputId = OutputWriter.markerId(paths.output());
    return lastPages != null && outputId != null && outputId.equals(lastPages.id()) ? lastPages
        : PageManifest.load(manifestFile(paths), outputId);
  }

  /** What {@code templates} made, or the input error that stopped it. */
  private static Templates joined(CompletableFuture<Templates> templates) throws IOException {
    try {
      return result(templates);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The result of {@code work}, or its failure as it was thrown on its thread. */
  private static <T> T result(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** Where the pages of the output folder are recorded: one manifest per output folder. */
  public static Path manifestFile(SitePaths paths) {
    String folder = paths.output().toAbsolutePath().normalize().toString();
    String name = new FastHash().add(folder).hex().substring(0, 16);
    return paths.cache().resolve("pages-" + name + ".bin");
  }

  /** The file whose lock a build holds while it reads and writes the output of {@code paths}. */
  static Path lockFile(SitePaths paths) {
    Path manifest = manifestFile(paths);
    return manifest.resolveSibling(manifest.getFileName().toString().replace(".bin", ".lock"));
  }

  /** A hash of the site's own templates (the default theme's are part of Broadsheet's build). */
  private static String templatesKey(SitePaths paths) {
    FastHash h = new FastHash();
    if (Files.isDirectory(paths.templates())) {
      try (Stream<Path> walk = Files.walk(paths.templates())) {
        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
          h.add(paths.relative(f)).add(Files.readAllBytes(f));
        }
      } catch (IOException e) {
        h.add("unreadable " + System.nanoTime());
      }
    }
    return h.hex();
  }

  /** Errors that keep-going cannot route around: in site.yaml, templates or the output. */
  private static boolean siteWideErrors(Problems problems, SitePaths paths) {
    String output = paths.relative(paths.output());
    return problems.sorted().stream().anyMatch(p -> p.isError() && (p.file().equals("site.yaml")
        || p.file().startsWith("templates") || p.file().startsWith("[theme]")
        || p.file().equals(output)));
  }

  /** The theme's neutral card image, used when the site names none of its own. */
  static final String THEME_CARD = "assets/card.png";

  /**
   * The absolute URL of the image for social cards of articles without their own: site.yaml's
   * defaultImage, else the publisher's logo, else the theme's neutral card. A named file that does
   * not exist is a warning.
   */
  private static String fallbackImage(SiteConfig config, dev.broadsheet.yaml.YamlDocument siteYaml,
      List<StaticFile> statics, Problems problems) {
    String[] candidates = {config.defaultImage(), config.publisher().logo(), THEME_CARD};
    String[] keys = {"/defaultImage", "/publisher/logo", null};
    for (int i = 0; i < candidates.length; i++) {
      String candidate = candidates[i];
      if (candidate == null) {
        continue;
      }
      if (statics.stream().anyMatch(f -> f.path().equals(candidate))) {
        return config.baseUrl() + UrlPaths.encode(candidate);
      }
      if (keys[i] != null) {
        dev.broadsheet.yaml.Position at = siteYaml == null ? dev.broadsheet.yaml.Position.UNKNOWN
            : siteYaml.valueAt(keys[i]);
        problems.warning("site.yaml", at.line(), at.column(), "image '" + candidate + "' not found"
            + " under static/ or content/, so social cards cannot use it");
      }
    }
    return null;
  }

  private static void checkCollisions(List<PagePlan> plans, List<GeneratedFile> generated,
      List<StaticFile> statics, Problems problems) {
    Map<String, String> owners = new HashMap<>();
    Map<String, PagePlan> pages = new HashMap<>();
    for (PagePlan plan : plans) {
      PagePlan first = pages.putIfAbsent(plan.file(), plan);
      if (first == null) {
        owners.put(plan.file(), plan.origin());
        continue;
      }
      boolean firstIsArticle = first.template().equals("article.ftlh");
      if (firstIsArticle != plan.template().equals("article.ftlh")) {
        // An article whose URL is one of the site's own pages (a section, the tags, search ...).
        PagePlan article = firstIsArticle ? first : plan;
        PagePlan own = firstIsArticle ? plan : first;
        problems.error(article.origin(), 0, 0, "this article's URL /" + plan.path() + " is the"
            + " site's own page made from templates/" + own.template() + "; give the article"
            + " another 'slug:', or change 'permalink:' in site.yaml");
      } else {
        problems.error(plan.origin(), 0, 0, "page /" + plan.path() + " would be written twice:"
            + " for " + first.origin() + " and for " + plan.origin()
            + "; rename a section, tag, author or slug");
      }
    }
    for (GeneratedFile file : generated) {
      String clash = owners.putIfAbsent(file.path(), file.origin());
      if (clash != null) {
        problems.error(file.origin(), 0, 0, "/" + file.path() + " would be written twice: for "
            + clash + " and for " + file.origin() + "; rename a section, tag, author or slug");
      }
    }
    for (StaticFile file : statics) {
      String clash = owners.get(file.path());
      if (clash != null) {
        problems.error(file.origin(), 0, 0, "file would overwrite the page /" + file.path()
            + " made for " + clash + "; rename or move the file");
      }
    }
  }

  private static long lap(Map<String, Long> stages, String name, long start) {
    long now = System.nanoTime();
    stages.put(name, (now - start) / 1_000_000);
    return now;
  }

  private static BuildReport report(Problems problems, int articles, int failed, int pages, int files,
      Map<String, Long> stages, boolean published, Optional<ZonedDateTime> nextDue) {
    return report(problems, articles, failed, pages, files, stages, published, nextDue,
        BuildReport.Work.NONE, Optional.empty());
  }

  private static BuildReport report(Problems problems, int articles, int failed, int pages, int files,
      Map<String, Long> stages, boolean published, Optional<ZonedDateTime> nextDue,
      BuildReport.Work work, Optional<Set<String>> changed) {
    return new BuildReport(problems.sorted(), articles, failed, pages, files,
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages)),
        published, nextDue, work, changed);
  }
}
