package dev.broadsheet.model;

import java.time.ZonedDateTime;

/**
 * One update of live coverage: a heading of the body that starts with its time ({@code ## 14:32
 * Talks resume}), with the rest of the heading as its {@code headline} (empty when there is
 * none) and the heading's {@code anchor} id.
 */
public record LiveUpdate(ZonedDateTime time, String headline, String anchor) {}
