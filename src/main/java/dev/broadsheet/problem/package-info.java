/** Problems found in the input: what, where, how bad; collected across a whole run. */
package dev.broadsheet.problem;
