package dev.broadsheet.config;

/** Who publishes the site: its name and logo (a site path such as {@code assets/logo.svg}). */
public record Publisher(String name, String logo) {}
