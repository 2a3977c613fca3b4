/** Reads image sizes and resizes raster images into the widths pages offer, with a cache. */
package dev.broadsheet.images;
