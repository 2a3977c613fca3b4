package dev.broadsheet.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.problem.Problems;
import dev.broadsheet.source.Theme;
import dev.broadsheet.util.IoErrors;
import dev.broadsheet.util.Spelling;
import dev.broadsheet.yaml.Position;
import dev.broadsheet.yaml.YamlDocument;
import dev.broadsheet.yaml.YamlException;
import dev.broadsheet.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the theme writes around the articles ("Published", "Related", "3 min read"), in the
 * site's language. Read from the theme's {@code labels/en.yaml}, which names every label, then
 * {@code labels/<language>.yaml} for each part of the site's language tag ({@code pt}, then
 * {@code pt-BR}), each from the default theme and then from the site's own {@code templates/},
 * and last from site.yaml's {@code labels:}. A later file changes only the labels it names.
 *
 * <p>A label is text with placeholders in braces ({@code "Articles by {name}"}), or a mapping of
 * plural forms ({@code one}, {@code few}, {@code other}, ...: those of the site's language, see
 * {@link PluralRules}, and {@code zero} for none in any language) chosen by its {@code count}.
 */
public final class Labels {
  /** The forms of one label: {@code other} always, and those given of {@link PluralRules#FORMS}. */
  public record Label(String other, Map<String, String> forms) {
    /** The form for {@code count} (null: none given): {@code zero} for 0 if given, in any language. */
    String form(Long count, PluralRules rules) {
      if (count == null) {
        return other;
      }
      if (count == 0 && forms.containsKey("zero")) {
        return forms.get("zero");
      }
      return forms.getOrDefault(rules.select(count), other);
    }

    /** The form named {@code name}, or {@code other} if this label has none of that name. */
    String named(String name) {
      return forms.getOrDefault(name, other);
    }
  }

  private static final String INSTEAD = "; the label is left as it was";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private final Map<String, Label> labels;
  private final PluralRules plurals;
  /** Numbers of a thousand or more are grouped as the language groups them (1,234; 1 234). */
  private final ThreadLocal<java.text.NumberFormat> numbers;

  private Labels(Map<String, Label> labels, PluralRules plurals, Locale locale) {
    this.labels = labels;
    this.plurals = plurals;
    this.numbers = ThreadLocal.withInitial(() -> java.text.NumberFormat.getIntegerInstance(locale));
  }

  /** The default theme's English labels alone. */
  public static Labels english() {
    return ENGLISH;
  }

  private static final Labels ENGLISH = new Labels(readTheme("en"),
      PluralRules.of("en"), Locale.ENGLISH);

  /** Every label's key, in the order of the theme's en.yaml. */
  public Set<String> keys() {
    return labels.keySet();
  }

  /**
   * The text of label {@code key} with {@code args} put in for its placeholders. A key may name
   * one form ({@code "wordCount.one"}). The form is chosen by the {@code count} argument, if
   * given. A placeholder with no argument stays as written, so that a script can fill it in.
   *
   * @throws IllegalArgumentException if there is no such label
   */
  public String text(String key, Map<String, ?> args) {
    return fill(key, args::get, null);
  }

  /**
   * As {@link #text}, with the arguments looked up by name; for markup, {@code markup} turns each
   * argument into markup and the label's own text is escaped by it as well (given a string).
   * Null {@code markup}: plain text.
   */
  public String fill(String key, Function<String, ?> args, Function<Object, String> markup) {
    Pieces pieces = pieces(choose(key, args.apply("count")));
    String[] literals = pieces.literals();
    if (pieces.names().length == 0) {
      return markup == null ? literals[0] : markup.apply(literals[0]);
    }
    StringBuilder out = new StringBuilder(64);
    for (int i = 0; i < pieces.names().length; i++) {
      String name = pieces.names()[i];
      Object value = args.apply(name);
      Object shown = value == null ? "{" + name + "}" : number(value);
      if (markup == null) {
        out.append(literals[i]).append(shown);
      } else {
        out.append(markup.apply(literals[i])).append(markup.apply(shown));
      }
    }
    String last = literals[literals.length - 1];
    return out.append(markup == null ? last : markup.apply(last)).toString();
  }

  /** {@code value}, or a whole number of a thousand or more written with its groups. */
  private Object number(Object value) {
    if ((value instanceof Long || value instanceof Integer) && Math.abs(((Number) value).longValue()) >= 1000) {
      return numbers.get().format(((Number) value).longValue());
    }
    return value;
  }

  /** A label's text split at its placeholders: {@code literals} around {@code names}. */
  private record Pieces(String[] literals, String[] names) {}

  /** The pieces of each text met, split once: pages ask for the same few labels thousands of times. */
  private final Map<String, Pieces> pieces = new java.util.concurrent.ConcurrentHashMap<>();

  private Pieces pieces(String text) {
    Pieces p = pieces.get(text);
    if (p == null) {
      List<String> literals = new ArrayList<>();
      List<String> names = new ArrayList<>();
      Matcher m = PLACEHOLDER.matcher(text);
      int last = 0;
      while (m.find()) {
        literals.add(text.substring(last, m.start()));
        names.add(m.group(1));
        last = m.end();
      }
      literals.add(text.substring(last));
      p = new Pieces(literals.toArray(new String[0]), names.toArray(new String[0]));
      pieces.put(text, p);
    }
    return p;
  }

  private String choose(String key, Object count) {
    int dot = key.indexOf('.');
    String name = dot < 0 ? key : key.substring(0, dot);
    Label label = labels.get(name);
    if (label == null) {
      throw new IllegalArgumentException("no label '" + name + "' in the theme's labels/en.yaml"
          + Spelling.suggestion(name, labels.keySet()));
    }
    if (dot >= 0) {
      String form = key.substring(dot + 1);
      if (!PluralRules.isForm(form)) {
        throw new IllegalArgumentException("label '" + name + "' has no form '" + form
            + "'; the forms are " + String.join(", ", PluralRules.FORMS));
      }
      return label.named(form);
    }
    Long n = count instanceof Number number ? Long.valueOf(number.longValue()) : null;
    return label.form(n, plurals);
  }

  /**
   * The labels for a site written in {@code language}: the theme's, the site's own label files
   * under {@code templates/labels/} and the {@code labels:} of {@code siteYaml} (site.yaml as
   * read for the site's config; null: none). Problems in any of them are
   * reported (a label the theme does not have, a placeholder the label is not given, a value
   * that is not text); the theme's English stands in for what is missing or wrong.
   */
  public static Labels load(SitePaths paths, String language, YamlDocument siteYaml,
      YamlReader yaml, Problems problems) {
    Map<String, Label> all = new LinkedHashMap<>(ENGLISH.labels);
    Map<String, Set<String>> placeholders = new LinkedHashMap<>();
    all.forEach((k, v) -> placeholders.put(k, placeholdersOf(v)));
    PluralRules plurals = PluralRules.of(language);
    String languageName = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
    Forms siteForms = new Forms(plurals, languageName);
    // The site's en.yaml may add labels of its own, for templates of its own.
    Loaded siteEnglish = readFile(paths, "en", yaml, problems);
    if (siteEnglish != null) {
      boolean english = Locale.forLanguageTag(language).getLanguage().equals("en");
      merge(siteEnglish, all, placeholders, true, english ? siteForms : null, problems);
    }
    for (String tag : tags(language)) {
      if (!tag.equals("en")) {
        Loaded theme = readPackaged(tag, problems);
        if (theme != null) {
          merge(theme, all, placeholders, false, null, problems);
        }
        Loaded own = readFile(paths, tag, yaml, problems);
        if (own != null) {
          merge(own, all, placeholders, false, siteForms, problems);
        }
      }
    }
    if (siteYaml != null && siteYaml.root().has("labels")) {
      merge(new Loaded("site.yaml", siteYaml, "/labels"), all, placeholders, false, siteForms,
          problems);
    }
    return new Labels(all, plurals, Locale.forLanguageTag(language));
  }

  /** {@code pt-BR}: {@code pt}, {@code pt-BR}; {@code zh-Hant-TW}: zh, zh-Hant, zh-Hant-TW. */
  static List<String> tags(String language) {
    List<String> tags = new ArrayList<>();
    String[] parts = language.split("-");
    StringBuilder tag = new StringBuilder();
    for (String part : parts) {
      if (tag.length() > 0) {
        tag.append('-');
      }
      tag.append(part);
      tags.add(tag.toString());
    }
    return tags;
  }

  /** A label file read: where it is, for messages, and its mapping (at {@code pointer}). */
  private record Loaded(String file, YamlDocument doc, String pointer) {}

  /** The labels of the default theme's file for {@code tag}, which its tests hold valid. */
  private static Map<String, Label> readTheme(String tag) {
    Problems problems = new Problems();
    Loaded loaded = readPackaged(tag, problems);
    Map<String, Label> labels = new LinkedHashMap<>();
    if (loaded != null) {
      merge(loaded, labels, new LinkedHashMap<>(), true, null, problems);
    }
    return labels;
  }

  private static Loaded readPackaged(String tag, Problems problems) {
    String name = "labels/" + tag + ".yaml";
    try (InputStream in = Labels.class.getResourceAsStream(Theme.ROOT + "/" + name)) {
      if (in == null) {
        return null;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return parse("[theme]/" + name, text, "", new YamlReader(), problems);
    } catch (IOException e) {
      problems.error("[theme]/" + name, 0, 0, "cannot read: " + IoErrors.reason(e));
      return null;
    }
  }

  private static Loaded readFile(SitePaths paths, String tag, YamlReader yaml, Problems problems) {
    Path file = paths.templates().resolve("labels").resolve(tag + ".yaml");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    String name = "templates/labels/" + tag + ".yaml";
    try {
      return parse(name, Files.readString(file), "", yaml, problems);
    } catch (IOException e) {
      problems.error(name, 0, 0, "cannot read: " + IoErrors.reason(e));
      return null;
    }
  }

  private static Loaded parse(String file, String text, String pointer, YamlReader yaml,
      Problems problems) {
    try {
      YamlDocument doc = yaml.readMapping(text, 0);
      dev.broadsheet.yaml.Fields.reportNotes(doc, file, problems);
      return new Loaded(file, doc, pointer);
    } catch (YamlException e) {
      problems.error(file, e.position().line(), e.position().column(), e.getMessage());
      return null;
    }
  }

  /** The site's language's plural rules, and its name for messages. */
  private record Forms(PluralRules rules, String language) {}

  /**
   * Takes the labels of {@code loaded} into {@code all}. {@code defining}: the file may add
   * labels (an en.yaml); else a label the theme lacks is reported. {@code forms}: the plural
   * forms the site's language has, which plural labels are checked against (null: not checked).
   */
  private static void merge(Loaded loaded, Map<String, Label> all,
      Map<String, Set<String>> placeholders, boolean defining, Forms forms, Problems problems) {
    JsonNode root = loaded.doc().root().at(loaded.pointer());
    if (!root.isObject()) {
      if (!root.isNull() && !root.isMissingNode()) {
        report(loaded, loaded.pointer(), false, problems, "'labels' must be a mapping of label"
            + " names to their text, such as published: Publié");
      }
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey();
      String pointer = loaded.pointer() + "/" + key.replace("~", "~0").replace("/", "~1");
      if (!defining && !all.containsKey(key)) {
        String suggestion = Spelling.suggestion(key, all.keySet());
        report(loaded, pointer, true, problems, "unknown label '" + key + "'" + (suggestion.isEmpty()
            ? "; the theme's labels are listed in its labels/en.yaml (see docs/templates.md)"
            : suggestion));
        continue;
      }
      Label label = label(loaded, pointer, field.getValue(), forms, problems);
      if (label == null) {
        continue;
      }
      Set<String> given = placeholders.get(key);
      if (given != null && !defining) {
        Set<String> used = placeholdersOf(label);
        used.removeAll(given);
        if (!used.isEmpty()) {
          report(loaded, pointer, false, problems, "label '" + key + "' names {"
              + String.join("}, {", used) + "}, which it is not given; "
              + (given.isEmpty() ? "it is given none"
                  : "it is given {" + String.join("}, {", given) + "}") + INSTEAD);
          continue;
        }
      }
      all.put(key, label);
      if (defining) {
        placeholders.put(key, placeholdersOf(label));
      }
    }
  }

  private static Label label(Loaded loaded, String pointer, JsonNode value, Forms language,
      Problems problems) {
    String name = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (value.isValueNode() && !value.isNull()) {
      return new Label(value.asText(), Map.of());
    }
    if (value.isObject()) {
      Map<String, String> forms = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> form = it.next();
        String at = pointer + "/" + form.getKey();
        if (!PluralRules.isForm(form.getKey())) {
          report(loaded, at, true, problems, "'" + form.getKey() + "' is not a plural form;"
              + " write " + formsOf(language) + INSTEAD);
          return null;
        }
        if (!form.getValue().isValueNode() || form.getValue().isNull()) {
          report(loaded, at, false, problems, "the form '" + form.getKey() + "' must be text" + INSTEAD);
          return null;
        }
        if (language != null && !form.getKey().equals("zero")
            && !language.rules().forms().contains(form.getKey())) {
          report(loaded, at, true, problems, "'" + form.getKey() + "' is not a plural form of "
              + language.language() + ", so it is never shown; " + language.language()
              + " has " + formsOf(language));
          continue;
        }
        forms.put(form.getKey(), form.getValue().asText());
      }
      if (!forms.containsKey("other")) {
        report(loaded, pointer, false, problems, "label '" + name + "' has plural forms but no"
            + " 'other:', the form for any count that has no form of its own" + INSTEAD);
        return null;
      }
      if (language != null) {
        List<String> missing = new ArrayList<>();
        for (String form : language.rules().forms()) {
          if (!forms.containsKey(form)) {
            missing.add("'" + form + ":' (" + language.language() + "'s form for "
                + examples(language.rules(), form) + ")");
          }
        }
        if (!missing.isEmpty()) {
          report(loaded, pointer, false, problems, "label '" + name + "' has no "
              + String.join(" or ", missing) + "; 'other' stands in for "
              + (missing.size() == 1 ? "it" : "them"));
        }
      }
      String other = forms.remove("other");
      return new Label(other, Map.copyOf(forms));
    }
    report(loaded, pointer, false, problems, "label '" + name + "' must be text, or a mapping of"
        + " plural forms (one: ..., other: ...)" + INSTEAD);
    return null;
  }

  /** The forms a label may have in {@code language} (null: any language), for messages. */
  private static String formsOf(Forms language) {
    if (language == null) {
      return String.join(", ", PluralRules.FORMS.subList(0, 5)) + " or other";
    }
    List<String> forms = language.rules().forms();
    String them = forms.size() == 1 ? "other alone"
        : String.join(", ", forms.subList(0, forms.size() - 1)) + " and other";
    return them + " (and zero, for none, in any language)";
  }

  /** The first few counts {@code rules} gives {@code form}: "2, 3, 4, 22, ...". */
  private static String examples(PluralRules rules, String form) {
    List<String> counts = new ArrayList<>();
    for (long n = 0; n < 1000 && counts.size() < 4; n++) {
      if (rules.select(n).equals(form)) {
        counts.add(Long.toString(n));
      }
    }
    return String.join(", ", counts) + ", ...";
  }

  private static void report(Loaded loaded, String pointer, boolean atKey, Problems problems,
      String message) {
    Position p = atKey ? loaded.doc().keyAt(pointer) : loaded.doc().valueAt(pointer);
    problems.warning(loaded.file(), p.line(), p.column(), message);
  }

  private static Set<String> placeholdersOf(Label label) {
    Set<String> names = new TreeSet<>();
    List<String> texts = new ArrayList<>(label.forms().values());
    texts.add(label.other());
    for (String text : texts) {
      Matcher m = PLACEHOLDER.matcher(text);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /** Every placeholder of every label, for documentation and tests. */
  public Map<String, Set<String>> placeholders() {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    labels.forEach((k, v) -> out.put(k, new LinkedHashSet<>(placeholdersOf(v))));
    return out;
  }
}
