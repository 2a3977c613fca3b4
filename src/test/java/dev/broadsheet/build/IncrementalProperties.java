package dev.broadsheet.build;

import static dev.broadsheet.testutil.TestSite.article;
import static dev.broadsheet.testutil.TestSite.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testutil.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any run of edits, each followed by an incremental build, ends in exactly the output of a build
 * without any cache. The test suite runs with {@code broadsheet.checkShape} set, so every page
 * that a build keeps because the site kept its shape is fingerprinted in full as well, and a
 * difference stops the build; a body edit, which keeps the shape, must take that shortcut.
 */
class IncrementalProperties {
  private static final int ARTICLES = 20;

  /** One edit: what kind, to which article, and a number that varies it. */
  record Edit(Kind kind, int article, int variant) {}

  enum Kind {
    BODY, TITLE, TAGS, SECTION, DATE, ADD, DELETE, DRAFT, AUTHORS, PROFILE, LINK, FEATURED, PHOTO,
    STATIC
  }

  private static final String PROFILE = "name: Ann Lee\nrole: %s\nphoto: ann.png\n";

  /** What an article's file says, so that an edit can change one thing and write it again. */
  private static final class Story {
    String section;
    String title;
    String date;
    String tags;
    String authors = "";
    String body;
    boolean draft;
    boolean featured;
    boolean exists = true;
    /** Linked to by another story: it stays where it is, so that no link breaks. */
    boolean linkedTo;

    String frontMatter() {
      return "title: " + title + "\ndate: " + date + "\ntags: [" + tags + "]\n"
          + (authors.isEmpty() ? "" : "authors: [" + authors + "]\n")
          + (draft ? "draft: true\n" : "") + (featured ? "featured: true\n" : "");
    }
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(Kind.class),
        Arbitraries.integers().between(0, ARTICLES - 1), Arbitraries.integers().between(0, 7))
        .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(5);
  }

  @Property(tries = 20)
  void editsEndInTheOutputOfABuildWithoutCache(@ForAll("edits") List<Edit> edits)
      throws Exception {
    Path dir = Files.createTempDirectory("broadsheet-incremental");
    try {
      List<Story> stories = new ArrayList<>();
      // Short lists, so that most stories are not on most pages.
      StringBuilder spec = new StringBuilder(config(
          "pageSize: 2\nhome: {topStories: 1, perSection: 1, latest: 2}\nfeeds: {items: 3}"));
      for (int i = 0; i < ARTICLES; i++) {
        Story s = new Story();
        s.section = i % 3 == 0 ? "business" : "world";
        s.title = "Story " + i;
        s.date = "2024-0" + (1 + i % 6) + "-" + (10 + i) + "T10:00:00Z";
        s.tags = "t" + (i % 3);
        s.authors = i % 4 == 0 ? "ann-lee" : "";
        s.body = "Body of story " + i + ".";
        stories.add(s);
        spec.append(article(path(s, i), s.frontMatter(), s.body));
      }
      TestSite site = TestSite.write(dir, spec.toString())
          .file("content/authors/ann-lee.yaml", PROFILE.formatted("Reporter"))
          .file("static/docs/report.txt", "A report.");
      site.bytes("content/authors/ann.png", png(600));
      site.buildClean();
      for (Edit e : edits) {
        boolean keepsShape = apply(site, dir, stories, e);
        BuildReport report = site.buildClean();
        if (keepsShape) {
          assertThat(report.work().pagesCompared()).as("pages compared after %s", e)
              .isLessThan(report.pages() / 2);
        }
      }
      IncrementalBuildTest.assertSameAsUncachedBuild(site, dir.resolve("clean"));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static String path(Story s, int i) {
    return s.section + "/story-" + i + ".md";
  }

  /** Applies {@code e}; says whether it is an edit that keeps the site's shape. */
  private static boolean apply(TestSite site, Path dir, List<Story> stories, Edit e) {
    if (e.kind() == Kind.ADD) {
      Story s = new Story();
      s.section = e.variant() % 2 == 0 ? "world" : "news";
      s.title = "Added " + stories.size();
      s.date = "2024-07-0" + (1 + e.variant()) + "T08:00:00Z";
      s.tags = "t" + e.variant() % 4;
      s.body = "An added story.";
      stories.add(s);
      write(site, s, stories.size() - 1);
      return false;
    }
    if (e.kind() == Kind.PROFILE) {
      site.file("content/authors/ann-lee.yaml", PROFILE.formatted("Editor " + e.variant()));
      return false;
    }
    if (e.kind() == Kind.PHOTO) {
      // Another size (another srcset), or gone (no photo, and a warning), or back.
      if (e.variant() % 3 == 1) {
        delete(dir.resolve("content/authors/ann.png"));
      } else {
        site.bytes("content/authors/ann.png", png(500 + 100 * e.variant()));
      }
      return false;
    }
    if (e.kind() == Kind.STATIC) {
      if (e.variant() == 7) {
        delete(dir.resolve("static/docs/report.txt"));
      } else {
        site.file("static/docs/report.txt", "A report, version " + e.variant() + ".");
      }
      return false;
    }
    Story s = stories.get(e.article());
    if (!s.exists) {
      return false;
    }
    boolean published = !s.draft;
    switch (e.kind()) {
      case BODY -> s.body += "\n\nAnother paragraph, number " + e.variant() + ".";
      case TITLE -> s.title = "Story " + e.article() + " retitled " + e.variant();
      case TAGS -> s.tags = "t" + e.variant() % 4 + (e.variant() > 2 ? ", extra" : "");
      case SECTION -> {
        if (s.linkedTo) {
          return false;
        }
        delete(dir, s, e.article());
        s.section = List.of("world", "business", "news").get(e.variant() % 3);
      }
      case DATE -> s.date = "2023-1" + e.variant() % 3 + "-0" + (1 + e.variant()) + "T09:30:00Z";
      case DELETE -> {
        if (s.linkedTo) {
          return false;
        }
        delete(dir, s, e.article());
        s.exists = false;
        return false;
      }
      case DRAFT -> s.draft = !s.draft;
      case AUTHORS -> s.authors = e.variant() % 2 == 0 ? "ann-lee" : "bo-chen";
      case LINK -> {
        Story target = stories.get(e.variant());
        if (!target.exists) {
          return false;
        }
        target.linkedTo = true;
        s.body += "\n\nSee [another story](../" + path(target, e.variant()) + ").";
      }
      case FEATURED -> s.featured = !s.featured;
      default -> throw new IllegalStateException(e.toString());
    }
    write(site, s, e.article());
    return e.kind() == Kind.BODY && published;
  }

  private static void write(TestSite site, Story s, int i) {
    site.add(article(path(s, i), s.frontMatter(), s.body));
  }

  private static void delete(Path dir, Story s, int i) {
    delete(dir.resolve("content").resolve(path(s, i)));
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A square PNG {@code size} pixels wide, its colour by size, so that each size differs. */
  private static byte[] png(int size) {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, size);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
