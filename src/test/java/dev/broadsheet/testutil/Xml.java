package dev.broadsheet.testutil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses and validates XML output with the JDK's own parser and the official schemas. */
public final class Xml {
  private Xml() {}

  public static Document parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  /** Validates {@code xml} against the named schemas in src/test/resources/schemas. */
  public static void validate(String xml, String... schemas) {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      Source[] sources = new Source[schemas.length];
      for (int i = 0; i < schemas.length; i++) {
        sources[i] = new StreamSource(Path.of("src/test/resources/schemas", schemas[i]).toFile());
      }
      factory.newSchema(sources).newValidator().validate(
          new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new AssertionError("invalid against " + String.join(", ", schemas) + ": "
          + e.getMessage() + "\n" + xml, e);
    }
  }

  /** The text of every element named {@code name} (any namespace) in document order. */
  public static List<String> texts(Document doc, String name) {
    return texts(doc.getDocumentElement(), name);
  }

  public static List<String> texts(Element root, String name) {
    NodeList nodes = root.getElementsByTagNameNS("*", name);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  public static List<Element> elements(Document doc, String name) {
    NodeList nodes = doc.getElementsByTagNameNS("*", name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }
}
