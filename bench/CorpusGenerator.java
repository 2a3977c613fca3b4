import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a seeded, deterministic news corpus in Broadsheet's layout: N articles over eight
 * sections, about 300 tags, 40 authors and three years of dates, with bodies of 600 to 1,200 words
 * (subheadings, lists, links, emphasis, blockquotes, now and then a table) and named lead images
 * that do not exist. Run it with the JDK's source launcher:
 *
 * <pre>java bench/CorpusGenerator.java DIR N [SEED]</pre>
 */
public final class CorpusGenerator {
  static final String[] SECTIONS = {"world", "politics", "business", "technology", "science",
      "health", "culture", "sport"};
  static final String[] WORDS = ("the a of to and in that for on with as by at from government "
      + "minister officials said report week year people country city market prices company "
      + "shares growth talks agreement election vote council police court judge hospital "
      + "patients research study scientists climate energy water farmers workers union strike "
      + "budget tax bank rates inflation trade exports border summit leaders team match season "
      + "coach players film festival museum artist novel music concert audience plans new "
      + "after before while since during against between under over more than most least "
      + "announced warned expected reported confirmed denied agreed rejected proposed approved "
      + "local national regional international early late last next first second final major").split(" ");
  static final String[] TAG_WORDS = ("climate energy elections trade health education housing "
      + "transport security migration technology privacy markets banking football tennis cricket "
      + "film music books art science space water farming tourism crime courts labour wages "
      + "pensions taxes diplomacy defence europe asia africa americas oceans wildlife").split(" ");

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: java bench/CorpusGenerator.java DIR N [SEED]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20260101L;
    SplittableRandom random = new SplittableRandom(seed);
    List<String> tags = new ArrayList<>();
    for (int i = 0; tags.size() < 300; i++) {
      String tag = TAG_WORDS[i % TAG_WORDS.length] + (i < TAG_WORDS.length ? "" : " " + (i / TAG_WORDS.length));
      tags.add(tag);
    }
    Files.createDirectories(dir.resolve("content/authors"));
    for (int a = 0; a < 40; a++) {
      Files.writeString(dir.resolve("content/authors/author-" + a + ".yaml"),
          "name: Author Number " + a + "\nrole: Reporter\nbio: Reports on the news, beat " + a + ".\n");
    }
    StringBuilder site = new StringBuilder("title: Benchmark Times\nbaseUrl: https://bench.example/\n"
        + "timeZone: Europe/London\nlanguage: en-GB\npageSize: 20\nsections:\n");
    for (String s : SECTIONS) {
      site.append("  - { key: ").append(s).append(", title: ")
          .append(Character.toUpperCase(s.charAt(0))).append(s.substring(1)).append(" }\n");
    }
    Files.writeString(dir.resolve("site.yaml"), site);
    LocalDateTime start = LocalDateTime.of(2023, 1, 1, 6, 0);
    long minutes = 3L * 365 * 24 * 60;
    for (int i = 0; i < n; i++) {
      String section = SECTIONS[random.nextInt(SECTIONS.length)];
      String title = sentence(random, 6 + random.nextInt(6));
      String slug = "story-" + i;
      LocalDateTime date = start.plusMinutes((long) (minutes * (double) i / n) + random.nextInt(30));
      StringBuilder fm = new StringBuilder("---\n");
      fm.append("title: \"").append(title).append("\"\n");
      fm.append("dek: \"").append(sentence(random, 14)).append("\"\n");
      fm.append("date: ").append(date).append(":00Z\n");
      fm.append("authors: [author-").append(random.nextInt(40)).append(random.nextInt(4) == 0
          ? ", author-" + random.nextInt(40) : "").append("]\n");
      fm.append("tags: [");
      int tagCount = 2 + random.nextInt(4);
      for (int t = 0; t < tagCount; t++) {
        fm.append(t == 0 ? "" : ", ").append(tags.get((int) Math.min(299, Math.abs(random.nextGaussian()) * 80)));
      }
      fm.append("]\n");
      fm.append("location: ").append(capital(WORDS[20 + random.nextInt(20)])).append("\n");
      fm.append("image: { src: images/").append(slug).append(".jpg, alt: \"")
          .append(sentence(random, 8)).append("\", caption: \"").append(sentence(random, 12))
          .append("\", credit: \"Photographer ").append(random.nextInt(100)).append("/Agency\" }\n");
      fm.append("---\n\n");
      fm.append(body(random, 600 + random.nextInt(601), i));
      Path file = dir.resolve("content").resolve(section).resolve(slug + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, fm, StandardCharsets.UTF_8);
    }
  }

  static String body(SplittableRandom r, int words, int index) {
    StringBuilder sb = new StringBuilder();
    int written = 0;
    int paragraph = 0;
    while (written < words) {
      int kind = r.nextInt(20);
      if (paragraph > 0 && kind == 0) {
        sb.append("## ").append(sentence(r, 4)).append("\n\n");
        written += 4;
      } else if (kind == 1) {
        for (int i = 0; i < 3; i++) {
          sb.append("- ").append(sentence(r, 8)).append('\n');
        }
        sb.append('\n');
        written += 24;
      } else if (kind == 2) {
        sb.append("> ").append(sentence(r, 20)).append("\n\n");
        written += 20;
      } else if (kind == 3 && r.nextInt(4) == 0) {
        sb.append("| Item | Value |\n|---|---|\n");
        for (int i = 0; i < 4; i++) {
          sb.append("| ").append(capital(WORDS[r.nextInt(WORDS.length)])).append(" | ")
              .append(r.nextInt(1000)).append(" |\n");
        }
        sb.append('\n');
        written += 12;
      } else {
        int n = 40 + r.nextInt(50);
        String text = sentence(r, n);
        String[] parts = text.split(" ");
        parts[3] = "*" + parts[3] + "*";
        parts[9] = "**" + parts[9] + "**";
        parts[15] = "[" + parts[15] + "](https://example.org/" + index + "/" + paragraph + ")";
        sb.append(String.join(" ", parts)).append("\n\n");
        written += n;
      }
      paragraph++;
    }
    return sb.toString();
  }

  static String sentence(SplittableRandom r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String w = WORDS[r.nextInt(WORDS.length)];
      sb.append(i == 0 ? capital(w) : " " + w);
    }
    return sb.append('.').toString();
  }

  static String capital(String w) {
    return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }
}
