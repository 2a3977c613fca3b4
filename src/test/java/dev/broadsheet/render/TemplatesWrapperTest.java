package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateScalarModel;
import freemarker.ext.util.WrapperTemplateModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The templates' object wrapper wraps each kind of value as FreeMarker's default wrapper does. */
class TemplatesWrapperTest {
  @TempDir Path site;

  @Test
  void wrapsValuesAsTheDefaultWrapperDoes() throws Exception {
    ObjectWrapper ours = new Templates(site.resolve("templates"), Locale.ENGLISH).configuration()
        .getObjectWrapper();
    DefaultObjectWrapper theirs = new DefaultObjectWrapper(Configuration.VERSION_2_3_34);
    Map<String, Object> map = new LinkedHashMap<>(Map.of("title", "Talks resume"));
    List<Object> values = List.of("Talks resume", map, new HashMap<>(map), Map.of("a", 1),
        new ArrayList<>(List.of("a", 2)), List.of("a"), new Views.SharedMap("k", map),
        new Views.SharedList("k", List.of("a")), 42, 4.5, true);
    for (Object value : values) {
      TemplateModel mine = ours.wrap(value);
      TemplateModel default_ = theirs.wrap(value);
      assertThat(mine.getClass()).as("%s", value.getClass()).isEqualTo(default_.getClass());
      if (mine instanceof WrapperTemplateModel adapter) {
        assertThat(adapter.getWrappedObject()).isSameAs(value);
      } else if (mine instanceof TemplateScalarModel scalar) {
        assertThat(scalar.getAsString()).isEqualTo(value);
      }
    }
  }
}
