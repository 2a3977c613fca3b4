package dev.broadsheet.source;

import java.util.List;

/**
 * What {@link ContentScanner} found under content/: articles ({@code .md}), author profiles
 * ({@code authors/*.yaml}) and every other file, which is copied to the output as an asset. Each list
 * is sorted by path, whatever order the file system gave.
 */
public record ContentTree(List<SourceFile> articles, List<SourceFile> authors, List<SourceFile> assets) {}
