package dev.broadsheet.model;

import java.util.List;
import java.util.Map;

/**
 * The home page's blocks: the lead story (null on an empty site), the top stories after it, a block
 * per section (in the site's section order) and the latest list.
 */
public record Home(Story lead, List<Story> top, Map<String, List<Story>> bySection, List<Story> latest) {}
