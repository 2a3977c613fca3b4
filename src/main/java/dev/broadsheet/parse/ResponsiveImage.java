package dev.broadsheet.parse;

import dev.broadsheet.model.ImageInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * An image in an article body whose file the build measured: rendered with its width and height
 * (no layout shift), a {@code srcset} of its resized versions, and lazy loading.
 */
final class ResponsiveImage extends CustomNode {
  /** How wide a body image is shown: the article column, or the whole screen on a phone. */
  static final String SIZES = "(min-width: 44rem) 42rem, 100vw";

  final String src;
  final String alt;
  final String title;
  final ImageInfo info;
  final String basePath;

  ResponsiveImage(String src, String alt, String title, ImageInfo info, String basePath) {
    this.src = src;
    this.alt = alt;
    this.title = title;
    this.info = info;
    this.basePath = basePath;
  }

  /** Writes {@link ResponsiveImage} nodes as {@code <img>} elements. */
  static final class Renderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    Renderer(HtmlNodeRendererContext context) {
      this.context = context;
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(ResponsiveImage.class);
    }

    @Override
    public void render(Node node) {
      ResponsiveImage image = (ResponsiveImage) node;
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("src", context.encodeUrl(image.src));
      attrs.put("alt", image.alt);
      if (image.title != null) {
        attrs.put("title", image.title);
      }
      if (image.info.width() > 0 && image.info.height() > 0) {
        attrs.put("width", String.valueOf(image.info.width()));
        attrs.put("height", String.valueOf(image.info.height()));
      }
      if (image.info.responsive()) {
        attrs.put("srcset", image.info.srcset(image.basePath));
        attrs.put("sizes", SIZES);
      }
      attrs.put("loading", "lazy");
      attrs.put("decoding", "async");
      html.tag("img", context.extendAttributes(node, "img", attrs), true);
    }
  }
}
