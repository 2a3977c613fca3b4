/** Plans the pages of a site and renders them through FreeMarker templates. */
package dev.broadsheet.render;
