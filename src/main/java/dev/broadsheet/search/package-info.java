/** The static search index: terms sharded by their first letters, read by a small script. */
package dev.broadsheet.search;
