package dev.broadsheet.parse;

import java.util.EnumSet;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.autolink.internal.AutolinkPostProcessor;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;

/**
 * GitHub's autolinks (bare {@code https://...}, {@code www.} addresses and e-mail addresses made
 * links), as {@code AutolinkExtension} makes them, looked for only in documents whose text can
 * hold one. The extension's link finder stops at every {@code :}, {@code @} and {@code w} of
 * every text, which was a tenth of converting an article without a single bare address; a quick
 * search for what each kind of link needs ({@code ://}, {@code @}, {@code www.}) rules most
 * documents out. The links themselves are made by the extension's own post-processor, from its
 * internal package: a commonmark version that moves it fails to compile rather than to link
 * differently, and {@code AutolinksProperties} compares the two on generated Markdown.
 */
final class Autolinks implements Parser.ParserExtension {

  static Autolinks create() {
    return new Autolinks();
  }

  @Override
  public void extend(Parser.Builder builder) {
    PostProcessor linker = new AutolinkPostProcessor(EnumSet.allOf(AutolinkType.class));
    builder.postProcessor(document -> mayHoldLinks(document) ? linker.process(document) : document);
  }

  /** Whether a text of {@code document} outside its links holds what an autolink starts with. */
  static boolean mayHoldLinks(Node document) {
    boolean[] found = {false};
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        // The autolinker leaves the text of links alone.
      }

      @Override
      public void visit(Text text) {
        found[0] |= mayStartLink(text.getLiteral());
      }
    });
    return found[0];
  }

  /** Whether {@code s} has what a URL, e-mail or www autolink needs (see the autolink library). */
  static boolean mayStartLink(String s) {
    return s.indexOf('@') >= 0 || s.contains("://") || s.contains("www.");
  }
}
