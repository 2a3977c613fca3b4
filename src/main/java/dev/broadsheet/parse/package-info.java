/** Turns one source file into an article: front matter through Jackson YAML, body through commonmark. */
package dev.broadsheet.parse;
