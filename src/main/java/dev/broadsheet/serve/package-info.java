/** The development server: builds, serves on 127.0.0.1, watches the site, reloads open pages. */
package dev.broadsheet.serve;
