/** Small helpers every stage may use: ordered map literals and HTML-safe JSON. */
package dev.broadsheet.util;
