/** Finds the site's input files and reads them as normalised UTF-8 text. */
package dev.broadsheet.source;
