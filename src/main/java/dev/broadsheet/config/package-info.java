/** The site's settings, read from site.yaml, and the names of the site's folders. */
package dev.broadsheet.config;
