package dev.broadsheet.model;

import java.util.List;

/** The stories of one month (1-12), newest first. */
public record ArchiveMonth(int year, int month, List<Story> stories) {}
