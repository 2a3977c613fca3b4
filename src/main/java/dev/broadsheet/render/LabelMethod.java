package dev.broadsheet.render;

import dev.broadsheet.config.Labels;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * {@code label(key)} and {@code label(key, {"name": value, ...})} in templates: the theme's words in
 * the site's language ({@link Labels}). The result is text, escaped where it is written; when an
 * argument is markup (a link made with {@code <#assign link><a ...>...</a></#assign>}), it is HTML
 * with the label's own text escaped and the markup put in as it is.
 */
final class LabelMethod implements TemplateMethodModelEx {
  private final Labels labels;

  LabelMethod(Labels labels) {
    this.labels = labels;
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.isEmpty() || arguments.size() > 2
        || !(arguments.get(0) instanceof TemplateScalarModel key)) {
      throw new TemplateModelException("label takes a label's name and, if it has placeholders,"
          + " a hash of their values: label(\"byline\", {\"names\": names})");
    }
    TemplateHashModel hash = null;
    if (arguments.size() == 2) {
      if (!(arguments.get(1) instanceof TemplateHashModel given)) {
        throw new TemplateModelException("label's second argument must be a hash of the values"
            + " of its placeholders, such as {\"count\": 3}");
      }
      hash = given;
    }
    TemplateHashModel values = hash;
    boolean[] markup = {false};
    Function<String, Object> args = name -> {
      try {
        Object value = values == null ? null : value(name, values.get(name));
        markup[0] |= value instanceof TemplateMarkupOutputModel;
        return value;
      } catch (TemplateModelException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    };
    try {
      String name = key.getAsString();
      String text = labels.fill(name, args, null);
      if (!markup[0]) {
        return text;
      }
      return HTMLOutputFormat.INSTANCE.fromMarkup(labels.fill(name, args, LabelMethod::html));
    } catch (IllegalArgumentException e) {
      throw new TemplateModelException(e.getMessage());
    }
  }

  private static Object value(String name, TemplateModel value) throws TemplateModelException {
    if (value == null) {
      return null;
    }
    if (value instanceof TemplateMarkupOutputModel<?> m) {
      return m;
    }
    if (value instanceof TemplateNumberModel n) {
      Number number = n.getAsNumber();
      // A count stays a number, to choose a plural form; the label writes it as its language
      // writes numbers (1,234 words).
      return number instanceof BigDecimal || number instanceof Double || number instanceof Float
          ? (Number) (number.doubleValue() == Math.rint(number.doubleValue())
              ? (Number) number.longValue() : number)
          : number;
    }
    if (value instanceof TemplateScalarModel s) {
      return s.getAsString();
    }
    if (value instanceof TemplateBooleanModel b) {
      return String.valueOf(b.getAsBoolean());
    }
    throw new TemplateModelException("the value of '" + name + "' given to label must be text,"
        + " a number or markup");
  }

  /** An argument or a piece of the label's text as HTML. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String html(Object part) {
    if (part instanceof TemplateMarkupOutputModel m) {
      try {
        return m.getOutputFormat().getMarkupString(m);
      } catch (TemplateModelException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
    return HTMLOutputFormat.INSTANCE.escapePlainText(String.valueOf(part));
  }
}
