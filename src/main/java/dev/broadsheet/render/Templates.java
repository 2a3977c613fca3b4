package dev.broadsheet.render;

import dev.broadsheet.source.Theme;
import dev.broadsheet.util.Folders;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultMapAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The FreeMarker configuration, built once per build and shared by every rendering thread. Templates
 * are looked up in the site's templates/ folder first, then in the default theme inside the jar.
 * {@code .ftlh} auto-escapes HTML and {@code .ftlx} XML; errors are fatal; templates cannot create
 * Java objects or reach the API of the values they are given.
 */
public final class Templates {
  private final Configuration configuration;
  private final Path siteTemplates;

  public Templates(Path siteTemplates, Locale locale) throws IOException {
    this.siteTemplates = siteTemplates;
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    List<TemplateLoader> loaders = new ArrayList<>();
    if (Files.isDirectory(siteTemplates)) {
      loaders.add(new FileTemplateLoader(siteTemplates.toFile()));
    }
    loaders.add(new ClassTemplateLoader(Templates.class, Theme.ROOT));
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(locale);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    // An error inside <#attempt> is one the template chose to recover from: no stack trace.
    cfg.setAttemptExceptionReporter((e, env) -> { });
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    cfg.setObjectWrapper(new Wrapper());
    cfg.setSharedVariable("cached", new CachedDirective());
    this.configuration = cfg;
  }

  /**
   * Loads and parses every template of the theme and of the site, so that the first pages
   * rendered need not (run on another thread while the site is modelled). A template that
   * fails to load is left for the first page that uses it to report.
   */
  public void warm() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    try {
      for (Theme.File f : Theme.files("")) {
        if (f.path().endsWith(".ftlh") && !f.path().startsWith("archetypes/")) {
          names.add(f.path());
        }
      }
      if (Files.isDirectory(siteTemplates)) {
        try (java.util.stream.Stream<Path> walk = Files.walk(siteTemplates)) {
          walk.filter(p -> p.toString().endsWith(".ftlh")).forEach(p -> names.add(
              Folders.slashed(siteTemplates.relativize(p))));
        }
      }
    } catch (IOException | RuntimeException e) {
      return;
    }
    for (String name : names) {
      try {
        configuration.getTemplate(name);
      } catch (IOException | RuntimeException e) {
        // Reported by the page that uses it.
      }
    }
  }

  /**
   * FreeMarker's default wrapper, which also makes {@link LazyHtml} into HTML markup and shows a
   * story's view made on first use as the view.
   */
  private static final class Wrapper extends DefaultObjectWrapper {
    Wrapper() {
      super(Configuration.VERSION_2_3_34);
    }

    /**
     * Strings, maps and lists, most of what templates read, are told by their class and wrapped
     * as the default wrapper wraps them, before its chain of tests against interfaces: each test
     * a value fails is a search of the value's class's interfaces, which the quick compiler does
     * not avoid.
     */
    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
      Class<?> type = obj == null ? null : obj.getClass();
      if (type == String.class) {
        return new SimpleScalar((String) obj);
      }
      if (getUseAdaptersForContainers()) {
        if (type == LinkedHashMap.class || type == Views.SharedMap.class
            || type == Views.StoryMap.class) {
          return DefaultMapAdapter.adapt((Map<?, ?>) obj, this);
        }
        if (type == ArrayList.class || type == Views.SharedList.class
            || type == Views.StoryList.class) {
          return DefaultListAdapter.adapt((List<?>) obj, this);
        }
      }
      // A story's view made on first use is shown as the view itself.
      if (obj instanceof Views.StoryView lazy) {
        return wrap(lazy.view());
      }
      return super.wrap(obj);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
      if (obj instanceof LazyHtml lazy) {
        return HTMLOutputFormat.INSTANCE.fromMarkup(lazy.html().get());
      }
      return super.handleUnknownType(obj);
    }
  }

  public Configuration configuration() {
    return configuration;
  }

  /**
   * Where template {@code name} comes from, for messages: {@code templates/article.ftlh} when the
   * site has it, else {@code [theme]/article.ftlh}.
   */
  public String describe(String name) {
    if (name == null) {
      return "templates";
    }
    Path own = siteTemplates.resolve(name).normalize();
    return own.startsWith(siteTemplates) && Files.isRegularFile(own)
        ? "templates/" + name : "[theme]/" + name;
  }
}
