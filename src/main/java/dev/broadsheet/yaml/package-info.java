/** Bounded YAML reading that remembers where every key and value stood, for precise messages. */
package dev.broadsheet.yaml;
