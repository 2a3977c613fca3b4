package dev.broadsheet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An author's links: handles made into profile addresses, and links that would lead nowhere. */
class AuthorLinksTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "x | @jo | https://x.com/jo",
      "Twitter | @jo | https://x.com/jo",
      "instagram | @jo.photos | https://www.instagram.com/jo.photos/",
      "threads | @jo | https://www.threads.net/@jo",
      "bluesky | @jo.bsky.social | https://bsky.app/profile/jo.bsky.social",
      "mastodon | @jo@mastodon.social | https://mastodon.social/@jo",
      "email | jo@example.com | mailto:jo@example.com",
      "website | https://jo.example/ | https://jo.example/",
      "mastodon | @jo | @jo"})
  void handlesBecomeTheirProfilesAddresses(String key, String value, String url) {
    assertThat(AuthorParser.link(key, value)).isEqualTo(url);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "website | https://jo.example/",
      "email | jo@example.com",
      "about | /about/jo/",
      "phone | tel:+441234567890"})
  void fullAddressesAndPathsFromTheRootAreTaken(String key, String value) {
    assertThat(AuthorParser.wrongLink(key, value, AuthorParser.link(key, value))).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "website | www.jo.example | write https://www.jo.example",
      "website | jo.example/about | write https://jo.example/about",
      "email | jo at example dot com | is not an e-mail address",
      "youtube | @jo | is a handle, not an address",
      "mastodon | @jo | is a handle, not an address",
      "notes | about/jo | a path of the site from its root",
      "bad | javascript:alert(1) | must be an http(s) or mailto: address",
      "site | //evil.example/ | must be an http(s) or mailto: address"})
  void linksThatWouldLeadNowhereSayWhatToWrite(String key, String value, String told) {
    assertThat(AuthorParser.wrongLink(key, value, AuthorParser.link(key, value))).contains(told);
  }
}
