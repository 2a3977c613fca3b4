package dev.broadsheet.render;

import dev.broadsheet.util.Utf8Writer;
import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code <@cached key="...">...</@cached>}: renders what it encloses once a build for each key and
 * writes the same output wherever the key comes again, as Hugo's {@code partialCached} does. The
 * default theme's story card uses it: a story shown in five lists is rendered once. The key must
 * name everything the enclosed output depends on (for a card: the story's path and the card's
 * arguments); within a build a story's data does not change.
 *
 * <p>The output is kept by the {@link Fragments} of the page renderer, one set a build, so nothing
 * outlives the build that made it.
 */
final class CachedDirective implements TemplateDirectiveModel {
  /** The name of the environment attribute that holds the build's {@link Fragments}. */
  static final String FRAGMENTS = "broadsheet.fragments";

  /**
   * Rendered output by key, for one build. Past {@link #KEPT} entries the lot is dropped (a site
   * of 100,000 articles would otherwise keep hundreds of megabytes of cards).
   */
  static final class Fragments {
    private static final int KEPT = 32_768;
    private final Map<String, Fragment> byKey = new ConcurrentHashMap<>();

    Fragment get(String key) {
      return byKey.get(key);
    }

    void put(String key, Fragment output) {
      if (byKey.size() >= KEPT) {
        byKey.clear();
      }
      byKey.put(key, output);
    }

    /** Forgets everything kept. */
    void clear() {
      byKey.clear();
    }
  }

  /** Output kept, as text and as the UTF-8 bytes a page is written in. */
  record Fragment(String text, byte[] utf8) {}

  @Override
  public void execute(Environment env, @SuppressWarnings("rawtypes") Map params,
      TemplateModel[] loopVars, TemplateDirectiveBody body) throws TemplateException, IOException {
    Object key = params.get("key");
    if (params.size() != 1 || !(key instanceof TemplateScalarModel scalar)) {
      throw new TemplateModelException("<@cached> takes one parameter, key, a string naming"
          + " everything the enclosed output depends on");
    }
    if (body == null) {
      return;
    }
    String name = scalar.getAsString();
    Fragments fragments = (Fragments) env.getCustomAttribute(FRAGMENTS);
    Fragment output = fragments == null ? null : fragments.get(name);
    if (output == null) {
      StringWriter own = new StringWriter(1024);
      body.render(own);
      String text = own.toString();
      output = new Fragment(text, text.getBytes(StandardCharsets.UTF_8));
      if (fragments != null) {
        fragments.put(name, output);
      }
    }
    if (env.getOut() instanceof Utf8Writer page) {
      page.write(output.text(), output.utf8());
    } else {
      env.getOut().write(output.text());
    }
  }
}
