/** The only code that writes the site to disk: a staging folder, then a swap into place. */
package dev.broadsheet.output;
