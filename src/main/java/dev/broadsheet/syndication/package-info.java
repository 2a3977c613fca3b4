/**
 * What machines read: RSS, Atom and JSON feeds, sitemaps, the Google News sitemap, robots.txt and
 * JSON-LD, written with real serializers so every value is escaped for its format.
 */
package dev.broadsheet.syndication;
