/** The build as a whole: strings the stages together, collects problems, reports. */
package dev.broadsheet.build;
