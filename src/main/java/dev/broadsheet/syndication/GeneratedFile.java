package dev.broadsheet.syndication;

import java.util.function.Supplier;

/** A file made by code rather than a template: its site path, the file that caused it, its bytes. */
public record GeneratedFile(String path, String origin, Supplier<byte[]> bytes) {}
