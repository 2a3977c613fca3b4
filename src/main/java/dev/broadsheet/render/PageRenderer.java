package dev.broadsheet.render;

import dev.broadsheet.config.Labels;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.util.IoErrors;
import dev.broadsheet.util.Utf8Writer;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders one planned page through its template. A template fault is reported once, at the
 * template's line and column, naming the first page it broke and how many others it broke too.
 */
public final class PageRenderer {
  private final Templates templates;
  private final Map<String, Fault> faults = new ConcurrentHashMap<>();
  /** What {@code <@cached>} kept in this build (see {@link CachedDirective}). */
  private final CachedDirective.Fragments fragments = new CachedDirective.Fragments();
  /**
   * Each rendering thread's buffer, emptied for each page: a page's bytes are copied out of it
   * once, and 14,000 pages do not each fill and drop a buffer of their own. Taken while a page
   * is rendered, so that a page rendered meanwhile on the same thread (a thread of a fork-join
   * pool may run another task while it waits) gets a buffer of its own.
   */
  private final ThreadLocal<Utf8Writer> buffers = new ThreadLocal<>();

  private record Fault(String file, int line, int column, String message, String firstPage,
      String firstOrigin, int pages) {}

  /** {@code label(...)} for templates, in the site's language. */
  private final LabelMethod label;

  /** A renderer whose templates' {@code label(...)} speaks the theme's English. */
  public PageRenderer(Templates templates) {
    this(templates, Labels.english());
  }

  public PageRenderer(Templates templates, Labels labels) {
    this.templates = templates;
    this.label = new LabelMethod(labels);
  }

  /** The page's bytes, or empty when its template failed (the fault is kept for {@link #report}). */
  public Optional<byte[]> render(PagePlan plan) {
    return render(plan, plan.model().get());
  }

  /** As {@link #render(PagePlan)}, with the page's data already made. */
  public Optional<byte[]> render(PagePlan plan, Map<String, Object> model) {
    Utf8Writer out = buffers.get();
    buffers.set(null);
    if (out == null) {
      out = new Utf8Writer(32 * 1024);
    }
    try {
      Template template = templates.configuration().getTemplate(plan.template());
      Environment env = template.createProcessingEnvironment(model, out);
      env.setCustomAttribute(CachedDirective.FRAGMENTS, fragments);
      env.setGlobalVariable("label", label);
      env.process();
      return Optional.of(out.toByteArray());
    } catch (StackOverflowError e) {
      fault(plan, "templates/" + plan.template(), 0, 0, "rendering ran out of stack space: a"
          + " macro, function or #include of this template, or of one it uses, calls itself"
          + " without end; give the calls a condition that stops them");
    } catch (TemplateNotFoundException e) {
      fault(plan, "templates/" + plan.template(), 0, 0, "template '" + plan.template()
          + "' not found in the site's templates/ or the default theme");
    } catch (ParseException e) {
      syntaxFault(plan, e);
    } catch (TemplateException e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof dev.broadsheet.model.Body.ChangedException changed) {
          fault(plan, changed.source(), 0, 0, changed.getMessage());
          return Optional.empty();
        }
      }
      Integer line = e.getLineNumber();
      Integer column = e.getColumnNumber();
      fault(plan, templates.describe(e.getTemplateSourceName()), line == null ? 0 : line,
          column == null ? 0 : column, "template error: " + firstSentence(e.getMessageWithoutStackTop()));
    } catch (IOException e) {
      // FreeMarker remembers a template that failed to load and rethrows the cause wrapped.
      if (e.getCause() instanceof ParseException parse) {
        syntaxFault(plan, parse);
      } else {
        fault(plan, "templates/" + plan.template(), 0, 0, "cannot read template: " + IoErrors.reason(e));
      }
    } finally {
      out.reset();
      buffers.set(out);
    }
    return Optional.empty();
  }

  /**
   * Forgets what {@code <@cached>} kept, before a page is rendered again after its data changed
   * (the dev server's quick look at an edit, between two builds).
   */
  public void forgetCached() {
    fragments.clear();
  }

  private void syntaxFault(PagePlan plan, ParseException e) {
    fault(plan, templates.describe(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber(),
        "template syntax error: " + firstSentence(e.getEditorMessage()));
  }

  private void fault(PagePlan plan, String file, int line, int column, String message) {
    String key = file + ":" + line + ":" + column + ":" + message;
    faults.merge(key, new Fault(file, line, column, message, plan.file(), plan.origin(), 1),
        (a, b) -> new Fault(a.file, a.line, a.column, a.message,
            a.firstPage.compareTo(b.firstPage) <= 0 ? a.firstPage : b.firstPage,
            a.firstPage.compareTo(b.firstPage) <= 0 ? a.firstOrigin : b.firstOrigin,
            a.pages + b.pages));
  }

  /** Reports each template fault once. */
  public void report(Problems problems) {
    faults.values().forEach(f -> problems.error(f.file, f.line, f.column, f.message
        + " (while rendering " + f.firstPage + " for " + f.firstOrigin
        + (f.pages > 1 ? ", and " + (f.pages - 1) + " other pages" : "") + ")"));
  }

  /**
   * FreeMarker's messages run to many lines of tips and name the template loaders' folders; the
   * first paragraph, without those, says what is wrong.
   */
  private static final String BEGIN_MESSAGE = "\n---begin-message---\n";

  static String firstSentence(String message) {
    String m = message == null ? "" : message.strip();
    int loader = m.indexOf("The name was interpreted by this TemplateLoader");
    if (loader > 0) {
      m = m.substring(0, loader).strip();
    }
    // "?interpret" and "?eval_json" give the error they met after a colon, set apart.
    String inner = null;
    int begin = m.indexOf(BEGIN_MESSAGE);
    if (begin > 0 && m.substring(0, begin).strip().endsWith(":")) {
      int end = m.indexOf("\n---end-message---", begin);
      inner = m.substring(begin + BEGIN_MESSAGE.length(), end < 0 ? m.length() : end);
      m = m.substring(0, begin);
    }
    int cut = m.indexOf("\n\n");
    if (cut > 0) {
      m = m.substring(0, cut);
    }
    int tip = m.indexOf("\n----");
    if (tip > 0) {
      m = m.substring(0, tip);
    }
    m = m.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+\\]", "")
        .replaceAll("\\s*\\n\\s*", " ").strip();
    return inner == null ? m : m + " " + firstSentence(inner);
  }
}
