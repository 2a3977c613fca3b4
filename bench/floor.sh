#!/usr/bin/env bash
# Times what no change to Broadsheet's own code can take out of a clean build: the JVM's start,
# the Markdown library alone turning every body into HTML, and the file system alone writing the
# built site's files (bench/Floor.java). Compare them with bench/run.sh's figures for the same corpus.
#
#   bench/floor.sh [ARTICLES] [RUNS]      e.g. bench/floor.sh 10000 3
#
# With BENCH_OUT (such as /dev/shm/bench) the files are written there, as bench/run.sh writes them.
# Needs GNU time (Debian package time).
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}
runs=${2:-3}
mvn -B -q -Dstyle.color=never -DskipTests package 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
work=target/bench
corpus="$work/corpus-$articles"
if [ ! -f "$corpus/site.yaml" ]; then
  echo "Generating $articles articles into $corpus ..."
  java bench/CorpusGenerator.java "$corpus" "$articles"
fi
mkdir -p "$work/floor"
javac -d "$work/floor" -cp target/broadsheet.jar bench/Floor.java
out=${BENCH_OUT:-$work}/floor-out
built=${BENCH_OUT:-$work}/floor-site
# The JVM's settings are the launcher's, without its class archive (which holds Broadsheet's classes).
java="java -Xmx${BROADSHEET_HEAP:-1g} -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -cp target/broadsheet.jar:$work/floor"
timed() { { /usr/bin/time -f "  %e s wall, %U s user, %S s system, %M KB peak" "$@"; } 2>&1; }

# The launcher records its class archive after each build of the jar: once, untimed.
./broadsheet --version > /dev/null
echo "The JVM's start and Broadsheet's command line (./broadsheet --version):"
for _ in $(seq "$runs"); do timed bash -c "./broadsheet --version > /dev/null"; done
echo "The Markdown library alone on $articles bodies:"
for _ in $(seq "$runs"); do timed $java Floor markdown "$corpus"; done
rm -rf "$built"
./broadsheet build --site "$corpus" --output "$built" --no-cache --quiet 2> /dev/null
echo "Writing the files of Broadsheet's build of them, and nothing else:"
for _ in $(seq "$runs"); do
  rm -rf "$out"
  timed $java Floor write "$built" "$out"
done
rm -rf "$out" "$built"
