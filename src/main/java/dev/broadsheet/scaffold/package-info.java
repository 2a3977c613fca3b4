/** Writes new things: an article from its archetype ({@code new}), a whole site ({@code init}). */
package dev.broadsheet.scaffold;
