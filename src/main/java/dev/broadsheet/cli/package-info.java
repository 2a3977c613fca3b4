/** The command line: thin picocli commands over the build. */
package dev.broadsheet.cli;
