package dev.broadsheet.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A file hashed as it is read gives the hash of its bytes read whole, whatever its length and
 * however the stream hands its bytes out; and the hashes of both stay what earlier builds
 * recorded in their caches.
 */
class FastHashProperties {

  @Property(tries = 60)
  void aStreamHashesAsItsBytesDo(@ForAll @IntRange(min = 0, max = 200_000) int length,
      @ForAll @IntRange(min = 1, max = 70_000) int pieces, @ForAll long seed) throws IOException {
    byte[] bytes = new byte[length];
    new java.util.Random(seed).nextBytes(bytes);

    assertThat(FastHash.of(trickling(bytes, pieces))).isEqualTo(FastHash.of(bytes));
  }

  @Example
  void theHashesAreThoseEarlierBuildsRecorded() throws IOException {
    byte[] long_ = new byte[70_001];
    for (int i = 0; i < long_.length; i++) {
      long_[i] = (byte) (i * 31 + 7);
    }
    byte[] short_ = "The newsroom".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(FastHash.of(short_)).isEqualTo("2a04e99c207d85e18d7193c0bbe6aada");
    assertThat(FastHash.of(long_)).isEqualTo("f6b0e30f63fe24ef25d456883e3aac9d");
    assertThat(FastHash.of(new ByteArrayInputStream(long_)))
        .isEqualTo("f6b0e30f63fe24ef25d456883e3aac9d");
  }

  /** A stream that gives at most {@code most} bytes a read, as a file or pipe may. */
  private static InputStream trickling(byte[] bytes, int most) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, most));
      }
    };
  }
}
