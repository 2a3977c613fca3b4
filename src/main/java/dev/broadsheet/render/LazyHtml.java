package dev.broadsheet.render;

import java.util.function.Supplier;

/**
 * HTML a template may show, made only when a template reaches it (an article's body, which may
 * have to be made again from its file). {@code key} identifies its content: equal keys, equal HTML.
 * The templates' object wrapper turns it into HTML markup, so it is output without escaping.
 */
public record LazyHtml(String key, Supplier<String> html) {}
