package dev.broadsheet.parse;

import dev.broadsheet.config.RawHtml;
import dev.broadsheet.model.ImageInfo;
import dev.broadsheet.util.Ideographs;
import dev.broadsheet.util.Typography;
import dev.broadsheet.util.UrlPaths;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * CommonMark with tables, footnotes, strikethrough, autolinks and heading anchors. Built once and
 * shared across threads; each call keeps its state in locals.
 *
 * <p>Relative image sources are rewritten to site paths (an image beside the article is served beside
 * it under the same folder), since the article's page lives at a different URL from its file.
 */
public final class MarkdownConverter {

  /** An image or link in the body: where it points, as written and as resolved, and its position. */
  public record Reference(String written, String resolved, int line, int column, boolean image) {}

  /** Finds what the build knows of an image file of the site, or null; may report problems. */
  @FunctionalInterface
  public interface ImageLookup {
    ImageInfo find(String sitePath, int line, int column);

    ImageLookup NONE = (path, line, column) -> null;
  }

  /** A converted body. {@code summary} is the text of the first paragraph. */
  public record Converted(String html, String summary, int wordCount, List<Reference> references) {}

  /**
   * Links written as a path to another article's file ({@code other.md}) are rewritten to this
   * prefix plus the file's path under content/, and swapped for the article's URL once URLs exist.
   */
  public static final String ARTICLE_LINK = dev.broadsheet.model.BodyLinks.PREFIX;

  private final Parser parser;
  private final HtmlRenderer renderer;

  private final HtmlSanitizer sanitizer;
  /** How the body's punctuation is set, or null to leave it as typed. */
  private final Typography typography;

  /**
   * {@code rawHtml}: what raw HTML in the Markdown becomes. Unless it is passed through, link and
   * image URLs with unsafe schemes ({@code javascript:}, {@code data:} ...) are dropped too. The
   * punctuation is left as typed.
   */
  public MarkdownConverter(RawHtml rawHtml) {
    this(rawHtml, null);
  }

  /** As {@link #MarkdownConverter(RawHtml)}, setting the text's punctuation by {@code typography}. */
  public MarkdownConverter(RawHtml rawHtml, Typography typography) {
    this.typography = typography;
    List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
        Autolinks.create(), FootnotesExtension.create(), HeadingAnchorExtension.create());
    this.parser = Parser.builder().extensions(extensions)
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    this.renderer = HtmlRenderer.builder().extensions(extensions)
        .escapeHtml(rawHtml == RawHtml.ESCAPE).sanitizeUrls(rawHtml != RawHtml.PASS)
        .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel",
            ARTICLE_LINK.substring(0, ARTICLE_LINK.length() - 1))))
        .nodeRendererFactory(ResponsiveImage.Renderer::new)
        .build();
    this.sanitizer = rawHtml == RawHtml.SANITIZE ? new HtmlSanitizer() : null;
  }

  /**
   * Converts {@code markdown}, the body of a file under content/{@code folder}, whose first line is
   * line {@code lineOffset + 1} of the file. {@code basePath} ({@code /} or {@code /news/}) prefixes
   * rewritten image paths.
   */
  public Converted convert(String markdown, String folder, int lineOffset, String basePath) {
    return convert(markdown, folder, lineOffset, basePath, ImageLookup.NONE);
  }

  /**
   * As {@link #convert(String, String, int, String)}, and images whose files {@code images} knows
   * are written with their size, resized versions and lazy loading.
   */
  public Converted convert(String markdown, String folder, int lineOffset, String basePath,
      ImageLookup images) {
    Node document = parser.parse(markdown);
    List<Reference> refs = new ArrayList<>();
    int[] words = {0};
    Paragraph[] first = {null};
    List<Image> replaced = new ArrayList<>();
    List<ImageInfo> infos = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Image image) {
        String dest = image.getDestination();
        String resolved = resolve(folder, dest);
        Reference ref = reference(image, dest, resolved, lineOffset, true);
        refs.add(ref);
        if (resolved != null && !dest.startsWith("/")) {
          image.setDestination(basePath + UrlPaths.encode(resolved) + SitePathResolver.suffix(dest));
        }
        ImageInfo info = resolved == null ? null : images.find(resolved, ref.line(), ref.column());
        if (info != null) {
          replaced.add(image);
          infos.add(info);
        }
        visitChildren(image);
      }

      @Override
      public void visit(Link link) {
        String dest = link.getDestination();
        String resolved = resolve(folder, dest);
        refs.add(reference(link, dest, resolved, lineOffset, false));
        if (resolved != null && isArticlePath(resolved)) {
          link.setDestination(ARTICLE_LINK + resolved + fragment(dest));
        }
        visitChildren(link);
      }

      @Override
      public void visit(Paragraph paragraph) {
        if (first[0] == null && paragraph.getParent() == document) {
          first[0] = paragraph;
        }
        visitChildren(paragraph);
      }

      /** The block whose texts are being set, and the state of its quotes. */
      private Node block;
      private Typography.Block marks;

      /** The typography of the block {@code node} is in, begun anew for each block. */
      private Typography.Block marks(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof org.commonmark.node.Block)) {
          parent = parent.getParent();
        }
        if (parent != block || marks == null) {
          block = parent;
          marks = typography.block();
        }
        return marks;
      }

      @Override
      public void visit(Text node) {
        String literal = node.getLiteral();
        long counted = wordsAndMarks(literal);
        if (typography != null && !isAutolink(node)) {
          Typography.Block block = marks(node);
          if ((counted >>> 32) != 0) {
            String set = block.apply(literal);
            if (!set.equals(literal)) {
              node.setLiteral(set);
              counted = wordsAndMarks(set);
            }
          } else if (!literal.isEmpty()) {
            block.after(literal.charAt(literal.length() - 1));
          }
        }
        words[0] += (int) counted;
      }

      @Override
      public void visit(Code code) {
        if (typography != null && !code.getLiteral().isEmpty()) {
          marks(code).after(code.getLiteral().charAt(code.getLiteral().length() - 1));
        }
        words[0] += countWords(code.getLiteral());
      }

      @Override
      public void visit(org.commonmark.node.SoftLineBreak lineBreak) {
        if (typography != null) {
          marks(lineBreak).after(' ');
        }
      }

      @Override
      public void visit(org.commonmark.node.HardLineBreak lineBreak) {
        if (typography != null) {
          marks(lineBreak).after(' ');
        }
      }
    });
    for (int i = 0; i < replaced.size(); i++) {
      Image image = replaced.get(i);
      image.insertAfter(new ResponsiveImage(image.getDestination(), plainText(image), image.getTitle(),
          infos.get(i), basePath));
      image.unlink();
    }
    String summary = first[0] == null ? "" : plainText(first[0]);
    String html = renderer.render(document);
    if (sanitizer != null) {
      html = sanitizer.clean(html);
    }
    return new Converted(html, summary, words[0], List.copyOf(refs));
  }

  /** Whether {@code text} is the address an autolink shows, which is left as written. */
  private static boolean isAutolink(Text text) {
    return text.getParent() instanceof Link link && (link.getDestination().equals(text.getLiteral())
        || link.getDestination().equals("mailto:" + text.getLiteral())
        || link.getDestination().equals("http://" + text.getLiteral()));
  }

  /** Whether a resolved site path names an article file. */
  public static boolean isArticlePath(String path) {
    String lower = path.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown");
  }

  private static String fragment(String dest) {
    int hash = dest.indexOf('#');
    return hash < 0 ? "" : dest.substring(hash);
  }

  /** The words of a node as a reader sees them: link text without its URL, no markup. */
  static String plainText(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text t) {
        sb.append(t.getLiteral());
      }

      @Override
      public void visit(Code c) {
        sb.append(c.getLiteral());
      }

      @Override
      public void visit(org.commonmark.node.SoftLineBreak b) {
        sb.append(' ');
      }

      @Override
      public void visit(org.commonmark.node.HardLineBreak b) {
        sb.append(' ');
      }
    });
    return SPACES.matcher(sb.toString().strip()).replaceAll(" ");
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private static String resolve(String folder, String dest) {
    return SitePathResolver.isLocal(dest)
        ? SitePathResolver.resolve(folder, dest).orElse(null) : null;
  }

  private static Reference reference(Node node, String dest, String resolved, int offset, boolean image) {
    List<SourceSpan> spans = node.getSourceSpans();
    int line = spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1 + offset;
    int column = spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
    return new Reference(dest, resolved, line, column, image);
  }

  /**
   * The words of {@code s}: runs of letters and digits, which an apostrophe or a hyphen between
   * them does not break ({@code it's}, {@code follow-up} are one word each). Chinese and Japanese,
   * written without spaces, count each ideograph and kana as a word, as word processors do; read
   * at about the pace of English words, they give a fair reading time too.
   */
  static int countWords(String s) {
    return (int) wordsAndMarks(s);
  }

  /**
   * {@link #countWords} in the low 32 bits, and bit 32 set when {@code s} holds a quote, an
   * apostrophe, two hyphens or two full stops running: what {@link Typography} may set. Counted
   * in the one pass, as typography looks at every text of every body.
   */
  static long wordsAndMarks(String s) {
    int count = 0;
    boolean inWord = false;
    int marks = 0;
    char previous = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= '\u2e80') {
        int cp = Character.codePointAt(s, i);
        if (Ideographs.is(cp)) {
          count++;
          inWord = false;
          i += Character.charCount(cp) - 1;
          previous = 0;
          continue;
        }
      }
      byte kind = c < 128 ? ASCII_KIND[c]
          : Character.isLetterOrDigit(c) ? LETTER : c == '’' ? JOINER : 0;
      marks |= kind;
      if (c == previous && (c == '-' || c == '.')) {
        marks |= MARK;
      }
      previous = c;
      if ((kind & LETTER) != 0) {
        count += inWord ? 0 : 1;
        inWord = true;
      } else {
        inWord &= (kind & JOINER) != 0;
      }
    }
    return count | (long) (marks & MARK) << 29;
  }

  private static final byte LETTER = 1;
  private static final byte JOINER = 2;
  /** A quote or apostrophe, which typography sets. */
  private static final byte MARK = 8;

  /**
   * For each ASCII character: a letter or digit, a joiner inside a word, or neither (0), and
   * whether it is a quote or apostrophe.
   */
  private static final byte[] ASCII_KIND = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      ASCII_KIND[c] = (byte) ((letter ? LETTER : c == '\'' || c == '-' ? JOINER : 0)
          | (c == '\'' || c == '"' ? MARK : 0));
    }
  }
}
