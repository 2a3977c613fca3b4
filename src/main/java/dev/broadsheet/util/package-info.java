/** Small helpers every stage may use. */
package dev.broadsheet.util;
