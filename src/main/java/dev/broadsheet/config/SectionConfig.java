package dev.broadsheet.config;

/** A section declared in site.yaml: its key (the URL part), title and description. */
public record SectionConfig(String key, String title, String description) {}
