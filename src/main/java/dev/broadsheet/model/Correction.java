package dev.broadsheet.model;

import java.time.ZonedDateTime;

/** A correction or clarification appended to an article, with when it was made. */
public record Correction(ZonedDateTime date, String text) {}
