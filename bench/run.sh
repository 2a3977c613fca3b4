#!/usr/bin/env bash
# Times clean builds of a generated news corpus with Broadsheet and with Hugo, side by side.
#
#   bench/run.sh [ARTICLES] [RUNS]      e.g. bench/run.sh 10000 5
#
# Generates the corpus once (bench/CorpusGenerator.java, seeded), then alternates the two tools
# RUNS times, each from a clean output folder, under /usr/bin/time -v. Prints the median wall time,
# CPU time and peak memory of each and the ratios, and keeps the raw figures in target/bench/.
# Then times RUNS incremental builds, each after one article gained a paragraph, against the
# median clean build, and RUNS builds after an upgrade of Broadsheet (a cache of another version
# there). Broadsheet runs through its launcher, as a publisher runs it.
# Needs Hugo and GNU time (Debian packages hugo and time); installs them with apt-get when run as root.
#
# Both tools write into the corpus's folder on disk, unless BENCH_OUT names another folder (such as
# BENCH_OUT=/dev/shm/bench, in memory), where they write broadsheet/ and hugo/.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}
runs=${2:-3}
heap=${BROADSHEET_HEAP:-1g}
export BROADSHEET_HEAP=$heap

need() {
  if ! command -v "$1" >/dev/null 2>&1 && [ ! -x "$2" ]; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$3" >/dev/null
    else
      echo "bench: install $3 (apt-get install $3)" >&2
      exit 2
    fi
  fi
}
need hugo /usr/bin/hugo hugo
need /usr/bin/time /usr/bin/time time
need bc /usr/bin/bc bc

# Maven prints stray colour codes even when quiet; strip them (its exit status stands).
mvn -B -q -Dstyle.color=never -DskipTests package 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
work=target/bench
mkdir -p "$work"
corpus="$work/corpus-$articles"
if [ ! -f "$corpus/site.yaml" ]; then
  echo "Generating $articles articles into $corpus ..."
  java bench/CorpusGenerator.java "$corpus" "$articles"
fi
if [ -n "${BENCH_OUT:-}" ]; then
  mkdir -p "$BENCH_OUT"
  out_b="$BENCH_OUT/broadsheet"
  out_h="$BENCH_OUT/hugo"
  results="$work/results-$articles-$(basename "$BENCH_OUT").tsv"
else
  out_b="$corpus/output"
  out_h="$work/hugo-out"
  results="$work/results-$articles.tsv"
fi
printf 'tool\trun\twall_s\tuser_s\tsys_s\tmax_rss_kb\n' > "$results"

measure() { # tool run command...
  local tool=$1 run=$2
  shift 2
  local log="$work/time-$tool-$run.txt"
  /usr/bin/time -v "$@" > "$work/out-$tool-$run.txt" 2> "$log" || true
  local wall user sys rss
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  user=$(grep 'User time' "$log" | awk '{print $NF}')
  sys=$(grep 'System time' "$log" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$log" | awk '{print $NF}')
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$run" "$wall" "$user" "$sys" "$rss" >> "$results"
  printf '  %-10s run %s: %6.2f s wall, %6.2f s CPU, %5d MB peak\n' "$tool" "$run" "$wall" \
    "$(echo "$user + $sys" | bc)" "$((rss / 1024))"
}

# One untimed build of each: reads the corpus into the page cache, records the launcher's class
# archive, and leaves each tool's output folder in the same state before its first timed run (a
# deleted output makes the next one slower to write on this disk; see docs/performance.md).
rm -rf "$out_b" "$corpus/.broadsheet-cache" "$out_h"
./broadsheet build --site "$corpus" --output "$out_b" --quiet --now 2026-01-01T00:00:00Z > /dev/null 2>&1 || true
hugo --source bench/hugo --contentDir "$(pwd)/$corpus/content" \
  --destination "$(cd "$(dirname "$out_h")" && pwd)/$(basename "$out_h")" --quiet > /dev/null 2>&1 || true

echo "Clean builds of $articles articles, $runs runs each, alternating (heap -Xmx$heap):"
for run in $(seq 1 "$runs"); do
  # A clean build: no output and no build cache (resized images stay cached, as Hugo's do).
  rm -rf "$out_b" "$corpus/.broadsheet-cache/articles"* "$corpus/.broadsheet-cache/pages"*
  rm -rf "$out_h"; sync
  measure broadsheet "$run" ./broadsheet build --site "$corpus" --output "$out_b" --quiet \
    --now 2026-01-01T00:00:00Z
  rm -rf "$out_b" "$out_h"; sync
  measure hugo "$run" hugo --source bench/hugo --contentDir "$(pwd)/$corpus/content" \
    --destination "$(cd "$(dirname "$out_h")" && pwd)/$(basename "$out_h")" --quiet
done

median() { # tool column
  awk -F'\t' -v t="$1" -v c="$2" 'NR>1 && $1==t {print $c}' "$results" | sort -n |
    awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'
}
bw=$(median broadsheet 3); hw=$(median hugo 3)
bu=$(median broadsheet 4); hu=$(median hugo 4)
bm=$(median broadsheet 6); hm=$(median hugo 6)
echo
printf 'median wall:  broadsheet %.2f s, hugo %.2f s, ratio %.2f\n' "$bw" "$hw" "$(echo "$bw / $hw" | bc -l)"
# User time leaves out the system time the disk costs (see docs/performance.md).
printf 'median user:  broadsheet %.2f s, hugo %.2f s, ratio %.2f\n' "$bu" "$hu" "$(echo "$bu / $hu" | bc -l)"
printf 'median peak:  broadsheet %d MB, hugo %d MB, ratio %.2f\n' "$((${bm%.*} / 1024))" "$((${hm%.*} / 1024))" \
  "$(echo "$bm / $hm" | bc -l)"

# Incremental builds: after a build, one article's body gets a new paragraph, then the site is
# built again; each run edits another article.
echo
echo "Incremental builds of $articles articles after one article changed, $runs runs:"
./broadsheet build --site "$corpus" --output "$out_b" --quiet --now 2026-01-01T00:00:00Z > /dev/null 2>&1 || true
for run in $(seq 1 "$runs"); do
  file=$(find "$corpus/content" -name '*.md' | sort | sed -n "$((run * 97 % articles + 1))p")
  cp -p "$file" "$work/original-$run.md"
  printf '\nAn added paragraph for run %s of the incremental benchmark.\n' "$run" >> "$file"
  measure incremental "$run" ./broadsheet build --site "$corpus" --output "$out_b" --quiet \
    --now 2026-01-01T00:00:00Z
  edited[$run]=$file
done
for run in $(seq 1 "$runs"); do # the corpus goes back to what the generator wrote
  cp -p "$work/original-$run.md" "${edited[$run]}"
done
iw=$(median incremental 3)
printf 'median wall:  incremental %.2f s, %.1f %% of a clean build\n' "$iw" "$(echo "100 * $iw / $bw" | bc -l)"

# The first build after an upgrade of Broadsheet: the output and the article cache of the last
# version are there, but the cache's key names another jar, so every article is read again and
# every page rendered, and only files whose bytes changed are written. A new time on the jar
# gives it another key, as a new version does; the class archive is recorded again untimed.
echo
echo "Builds of $articles articles after an upgrade (the last version's output and cache there), $runs runs:"
for run in $(seq 1 "$runs"); do
  touch target/broadsheet.jar
  ./broadsheet --help > /dev/null 2>&1 || true
  measure upgraded "$run" ./broadsheet build --site "$corpus" --output "$out_b" --quiet \
    --now 2026-01-01T00:00:00Z
done
uw=$(median upgraded 3)
printf 'median wall:  after an upgrade %.2f s, %.1f %% of a clean build\n' "$uw" "$(echo "100 * $uw / $bw" | bc -l)"
echo "raw figures: $results"
