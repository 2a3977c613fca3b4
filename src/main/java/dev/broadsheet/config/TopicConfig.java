package dev.broadsheet.config;

import dev.broadsheet.yaml.Position;

/**
 * A topic declared in site.yaml: the tag {@code name} as articles write it (and as its page is
 * titled), the {@code slug} of its page (null: made from the name) and a {@code description} for
 * its page; {@code at} is where its name stands in site.yaml, for messages.
 */
public record TopicConfig(String name, String slug, String description, Position at) {}
