package dev.broadsheet.search;

import java.util.List;

/**
 * What the search index knows of one article: what it is searched by and what a result shows. The
 * body is there as its terms and their scores ({@link SearchIndex#bodyTerms}): either the terms
 * themselves, or (with {@code bodyTerms} null) their numbers in {@code dictionary}, as the
 * article cache keeps them.
 */
public record SearchDoc(String title, String dek, List<String> authors, List<String> tags,
    String location, String section, String date, String url, String[] bodyTerms,
    byte[] bodyScores, int[] bodyIds, String[] dictionary) {

  /** A document whose body is {@code bodyHtml}. */
  public static SearchDoc of(String title, String dek, List<String> authors, List<String> tags,
      String location, String section, String date, String url, String bodyHtml) {
    SearchIndex.Terms t = SearchIndex.bodyTerms(dev.broadsheet.util.HtmlText.of(bodyHtml).text(),
        s -> s);
    return new SearchDoc(title, dek, authors, tags, location, section, date, url, t.terms(),
        t.scores(), null, null);
  }
}
