package dev.broadsheet.search;

import java.util.List;

/** What the search index knows of one article: what it is searched by and what a result shows. */
public record SearchDoc(String title, String dek, List<String> authors, List<String> tags,
    String location, String section, String date, String url, String bodyHtml) {}
