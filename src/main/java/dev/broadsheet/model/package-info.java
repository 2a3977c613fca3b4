/** Shapes the whole site from config and articles: sections, tags, authors, archives, URLs. No I/O. */
package dev.broadsheet.model;
