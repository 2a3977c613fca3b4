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
import java.util.concurrent.atomic.AtomicLong;

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
   * Rendered output by key, for one build. Past {@link #KEPT} bytes the lot is dropped and kept
   * anew (the cards of a site of 10,000 articles take some 25 MB; of 100,000, ten times that).
   */
  static final class Fragments {
    private static final long KEPT = 32L << 20;
    private final Map<String, Fragment> byKey = new ConcurrentHashMap<>();
    private final AtomicLong size = new AtomicLong();

    Fragment get(String key) {
      return byKey.get(key);
    }

    void put(String key, Fragment output) {
      if (size.addAndGet(output.utf8().length) > KEPT) {
        byKey.clear();
        size.set(output.utf8().length);
      }
      byKey.put(key, output);
    }

    /** Forgets everything kept. */
    void clear() {
      byKey.clear();
      size.set(0);
    }
  }

  /**
   * Output kept as the UTF-8 bytes a page is written in, and as text only when the bytes do not
   * give it back (a lone surrogate, written as {@code ?}).
   */
  record Fragment(byte[] utf8, String text) {
    static Fragment of(String text) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      return new Fragment(utf8, hasSurrogate(text) ? text : null);
    }

    /** A loop, not a stream of chars: under the quick compiler this runs for every card. */
    private static boolean hasSurrogate(String text) {
      for (int i = 0, n = text.length(); i < n; i++) {
        if (Character.isSurrogate(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    String asText() {
      return text != null ? text : new String(utf8, StandardCharsets.UTF_8);
    }
  }

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
      output = Fragment.of(own.toString());
      if (fragments != null) {
        fragments.put(name, output);
      }
    }
    if (env.getOut() instanceof Utf8Writer page && output.text() == null) {
      page.writeUtf8(output.utf8());
    } else {
      env.getOut().write(output.asText());
    }
  }
}
