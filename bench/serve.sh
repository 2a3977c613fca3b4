#!/usr/bin/env bash
# Times how long `broadsheet serve` takes to show a one-article edit: from writing the file to the
# first reload event the open pages receive (the edited page's), and to the end of the rebuild.
#
#   bench/serve.sh [ARTICLES] [EDITS]      e.g. bench/serve.sh 10000 10
#
# Uses the corpus of bench/run.sh (generated if missing). Starts serve on a free port, waits for
# the first build, opens the live-reload event stream as a page does, then appends a paragraph
# to one article after another, waiting for each reload and rebuild. Prints each edit and the
# medians, and puts the articles back afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}
edits=${2:-10}
work=target/bench
corpus="$work/corpus-$articles"
# Maven prints stray colour codes even when quiet; strip them (its exit status stands).
mvn -B -q -Dstyle.color=never -DskipTests package 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
if [ ! -f "$corpus/site.yaml" ]; then
  java bench/CorpusGenerator.java "$corpus" "$articles"
fi
log="$work/serve.log"
events="$work/serve-events.txt"
./broadsheet serve --site "$corpus" --port 8790 > "$log" 2> /dev/null &
serve=$!
stop() {
  kill "$serve" 2> /dev/null || true
  [ -n "${curl:-}" ] && kill "$curl" 2> /dev/null || true
}
trap stop EXIT
until grep -q '^Serving at ' "$log"; do
  kill -0 "$serve" 2> /dev/null || { echo "serve stopped:"; cat "$log"; exit 1; }
  sleep 0.2
done
url=$(sed -n 's/^Serving at \(http[^ ]*\).*/\1/p' "$log")
echo "$(head -1 "$log")"
curl -sN "${url}__broadsheet/events" > "$events" &
curl=$!
sleep 1

times=()
builds=()
for run in $(seq 1 "$edits"); do
  file=$(find "$corpus/content" -name '*.md' | sort | sed -n "$((run * 131 % articles + 1))p")
  cp -p "$file" "$work/serve-original-$run.md"
  edited[$run]=$file
  seen=$(grep -c '^event: reload' "$events" || true)
  built=$(grep -c '^Built after' "$log" || true)
  start=$(date +%s%N)
  printf '\nA paragraph added while serving, edit %s.\n' "$run" >> "$file"
  # The first reload after the edit shows its page (serve renders an edited article's page first
  # when it can); the build that follows remakes the rest of what the edit changed.
  until [ "$(grep -c '^event: reload' "$events" || true)" -gt "$seen" ]; do
    sleep 0.002
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  until [ "$(grep -c '^Built after' "$log" || true)" -gt "$built" ]; do
    sleep 0.002
  done
  all=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$ms")
  builds+=("$all")
  printf '  edit %2d: page reloaded after %5d ms, whole site rebuilt after %5d ms  (%s)\n' \
    "$run" "$ms" "$all" "$(grep -E '^(Showed|Built after)' "$log" | tail -2 | head -1)"
done
for run in $(seq 1 "$edits"); do
  cp -p "$work/serve-original-$run.md" "${edited[$run]}"
done
median() {
  sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'
}
echo "median from saving a file to the reload of its page: $(printf '%s\n' "${times[@]}" | median) ms"
echo "median from saving a file to the end of the rebuild: $(printf '%s\n' "${builds[@]}" | median) ms"
