package dev.broadsheet.model;

import java.util.List;

/** The stories of one year, newest first, and its months, newest first. */
public record ArchiveYear(int year, List<Story> stories, List<ArchiveMonth> months) {}
