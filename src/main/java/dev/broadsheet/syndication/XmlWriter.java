package dev.broadsheet.syndication;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting writer over the JDK's {@link XMLStreamWriter}, which escapes text and
 * attributes. Characters XML 1.0 forbids (most control characters) are dropped from text.
 */
final class XmlWriter {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
  private final XMLStreamWriter xml;
  private int depth;
  private boolean childElements;

  XmlWriter() {
    try {
      xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlWriter start(String name, String... namespaces) {
    try {
      newline();
      xml.writeStartElement(name);
      for (int i = 0; i + 1 < namespaces.length; i += 2) {
        xml.writeAttribute(namespaces[i], namespaces[i + 1]);
      }
      depth++;
      childElements = false;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlWriter end() {
    try {
      depth--;
      if (childElements) {
        newline();
      }
      xml.writeEndElement();
      childElements = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code <name a="v">text</name>}, or nothing when text is null. */
  XmlWriter element(String name, String text, String... attributes) {
    if (text == null) {
      return this;
    }
    try {
      newline();
      xml.writeStartElement(name);
      for (int i = 0; i + 1 < attributes.length; i += 2) {
        xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
      }
      xml.writeCharacters(clean(text));
      xml.writeEndElement();
      childElements = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An element with attributes and no content, such as {@code <link href="..."/>}. */
  XmlWriter empty(String name, String... attributes) {
    try {
      newline();
      xml.writeEmptyElement(name);
      for (int i = 0; i + 1 < attributes.length; i += 2) {
        xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
      }
      childElements = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  byte[] finish() {
    try {
      xml.writeEndDocument();
      xml.writeCharacters("\n");
      xml.flush();
      xml.close();
      return bytes.toByteArray();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private void newline() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
    childElements = true;
  }

  /** Drops characters that XML 1.0 does not allow. */
  static String clean(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c);
      if (!ok && sb == null) {
        sb = new StringBuilder(s.substring(0, i));
      } else if (ok && sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
