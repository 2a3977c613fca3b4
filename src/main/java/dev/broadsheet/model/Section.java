package dev.broadsheet.model;

import java.util.List;

/** A section with its stories, newest first. {@code declared}: named in site.yaml. */
public record Section(String key, String title, String description, boolean declared,
    List<Story> stories) {}
