#!/usr/bin/env bash
# The search benchmark (`make bench`, after run.sh; issue 6 item 8). Starts a private stack
# in $SEARCH_BENCH_DIR (default var/bench-search) on a free port, fills it with 100,000
# articles (tests/bench/gen-data.sql) and 50,000 documents (tests/bench/gen-documents.sql),
# times `portalctl reindex` (items/s, index size), then measures /tim-kiem with wrk at 16
# connections, uncached (a session cookie bypasses nginx's micro-cache), for two-word
# queries with and without diacritics, each request a different query of the list, and
# for never-repeated queries (search.fcgi's own result cache cannot answer them):
# p50 and p99 against the targets (p50 ≤ 10 ms, p99 ≤ 50 ms). Missed targets are
# reported, not fatal; the exit status is non-zero only when something broke.
# Knobs: SEARCH_BENCH_SCALE (default 1; 0.05 for a quick check: 5,000 + 2,500 items),
# SEARCH_BENCH_DURATION (seconds per run, default 10), SEARCH_BENCH_RUNS (default 3, medians
# reported, beside nginx serving a static file in the same runs), SEARCH_BENCH_DIR, SEARCH_BENCH_PORT,
# EDUPORTAL_THREADS (default 16). Every process started here is stopped here, by pid.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
HERE=$ROOT/tests/bench
SCALE=${SEARCH_BENCH_SCALE:-1}
DURATION=${SEARCH_BENCH_DURATION:-10}
RUNS=${SEARCH_BENCH_RUNS:-3}
WARMUP=2 CONNECTIONS=16 WRK_THREADS=2
# Bump when the generated data changes in a way the generators' checksum does not show.
GEN_VERSION=2
ARTICLES=$(awk -v s="$SCALE" 'BEGIN { printf "%d", 100000 * s }')
DOCUMENTS=$(awk -v s="$SCALE" 'BEGIN { printf "%d", 50000 * s }')
export EDUPORTAL_THREADS=${EDUPORTAL_THREADS:-16}
export EDUPORTAL_NGINX_ACCESS_LOG=off EDUPORTAL_INNODB_BUFFER=512M
# As deployed (demo_mode off): templates are not re-checked on disk, and so on.
export EDUPORTAL_DEMO_MODE=false
STACK=${SEARCH_BENCH_DIR:-$ROOT/var/bench-search}
T0=$SECONDS

say() { printf 'bench-search: %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }
for tool in wrk nginx mariadb mariadbd curl flock sha1sum ss; do
  command -v "$tool" >/dev/null || die "$tool is missing (scripts/deps.sh installs it)"
done
[ "$ARTICLES" -ge 1000 ] && [ "$ARTICLES" -le 100000 ] || die "SEARCH_BENCH_SCALE=$SCALE: between 0.01 and 1"
mkdir -p "$STACK"
STACK=$(cd "$STACK" && pwd)
exec 9>"$STACK/bench.lock"
flock -n 9 || die "another search benchmark is using $STACK"

# A snapshot of build/bin: a rebuild during the run must not change what is measured.
rm -rf "${STACK:?}/bin"
mkdir -p "$STACK/bin"
for f in build/bin/*.fcgi build/bin/portalctl; do
  [ -x "$f" ] || die "$f is missing: run make build"
  cp "$f" "$STACK/bin/"
done
export EDUPORTAL_BIN=$STACK/bin

WRK_PID= STACK_STARTED=0
cleanup() {
  local status=$?
  set +e
  trap - EXIT INT TERM
  [ -n "$WRK_PID" ] && kill "$WRK_PID" 2>/dev/null
  [ "$STACK_STARTED" = 1 ] && scripts/stack.sh stop "$STACK" >/dev/null 2>&1
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

SQL() { mariadb --no-defaults -S "$STACK/run/mysql.sock" -uroot -N -B eduportal "$@"; }
free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 30000))
    [ -z "$(ss -Htln "sport = :$p")" ] && { echo "$p"; return; }
  done
  die "no free port"
}
PORT=${SEARCH_BENCH_PORT:-$(free_port)}
BASE=http://127.0.0.1:$PORT
start_stack() { STACK_STARTED=1; scripts/stack.sh start "$STACK" "$PORT" --quiet || die "the stack did not start"; }

# ---- 1. data (kept between runs while the schema, the generators and the scale hold) ----
say "stack in $STACK on $BASE"
start_stack
schema=$(SQL -e 'SELECT MAX(version) FROM schema_migrations')
key="schema=$schema scale=$SCALE v=$GEN_VERSION gen=$(cat "$HERE/gen-data.sql" "$HERE/gen-documents.sql" | sha1sum | cut -c1-12)"
gen_note="kept ($key)"
if [ "$(cat "$STACK/bench-data.key" 2>/dev/null)" != "$key" ]; then
  rm -f "$STACK/bench-data.key"
  if [ "$(SQL -e 'SELECT COUNT(*) FROM sites')" != 0 ]; then
    say "data: dropping the old bench database"
    SQL -e 'DROP DATABASE eduportal'
    start_stack
  fi
  say "data: generating $ARTICLES articles and $DOCUMENTS documents"
  g0=$SECONDS
  sed -e "s/@articles = 100000/@articles = $ARTICLES/" -e "s/seq_1_to_100000/seq_1_to_$ARTICLES/" \
    -e "s/WHILE b < @articles DIV 10000 DO/WHILE b < CEIL(@articles \/ 10000) DO/" \
    "$HERE/gen-data.sql" | SQL >/dev/null || die "article generation failed"
  { echo "SET @documents = $DOCUMENTS;"; cat "$HERE/gen-documents.sql"; } | SQL >/dev/null \
    || die "document generation failed"
  echo "$key" >"$STACK/bench-data.key"
  gen_note="generated in $((SECONDS - g0)) s ($key)"
fi
articles=$(SQL -e "SELECT COUNT(*) FROM articles WHERE status = 'published' AND published_at IS NOT NULL")
documents=$(SQL -e "SELECT COUNT(*) FROM documents WHERE visibility = 'cong-khai'")
say "data: $gen_note; $articles published articles, $documents public documents"

# ---- 2. reindex ------------------------------------------------------------------------
say "reindex"
r0=$(date +%s.%N)
# Its CPU time too (user + system): on a shared machine the wall time says little.
TIMEFORMAT='%U %S'
{ time "$STACK/bin/portalctl" --config "$STACK/eduportal.conf" reindex >"$STACK/reindex.log" 2>&1 \
  || die "reindex failed: $(tail -3 "$STACK/reindex.log")"; } 2>"$STACK/reindex.time"
r1=$(date +%s.%N)
cpu_s=$(awk '{ printf "%.1f", $1 + $2 }' "$STACK/reindex.time")
reindex_line=$(grep 'reindex: xong' "$STACK/reindex.log" | tail -1)
items=$(echo "$reindex_line" | sed -E 's/.*xong, ([0-9]+) mục.*/\1/')
reindex_s=$(awk -v a="$r0" -v b="$r1" 'BEGIN { printf "%.1f", b - a }')
rate=$(awk -v n="$items" -v s="$reindex_s" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
index_mib=$(du -sk "$STACK/data/xapian/main" | awk '{ printf "%.1f", $1 / 1024 }')

# ---- 3. queries ------------------------------------------------------------------------
# Two-word queries people type, each with diacritics and without (the same words folded).
MARKED=("giáo dục" "tuyển sinh" "học sinh" "giáo viên" "chuyển đổi số" "an toàn" "bồi dưỡng" "kế hoạch"
  "thi đua" "học phí" "đuối nước" "bán trú" "kiểm định" "trải nghiệm" "sách giáo" "năm học" "phổ thông"
  "hội nghị" "tập huấn" "văn hóa" "dạy giỏi" "khen thưởng" "cơ sở" "thư viện" "y tế" "đánh giá"
  "quản lý" "tổ chức" "triển khai" "nhà giáo" "báo cáo" "tiểu học")
urlencode() { local LC_ALL=C s=$1 out= c i; for ((i = 0; i < ${#s}; i++)); do c=${s:i:1}
  case $c in [a-zA-Z0-9.~_-]) out+=$c ;; ' ') out+=+ ;; *) out+=$(printf '%%%02X' "'$c") ;; esac; done; echo "$out"; }
fold() { LC_ALL=C.UTF-8 sed -e 'y/àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ/aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd/'; }
lua_for() {  # lua_for FILE QUERY...: a wrk script sending each query in turn, uncached
  {
    echo 'local q = {'
    for q in "${@:2}"; do echo "  \"/tim-kiem?q=$(urlencode "$q")&pham-vi=tat-ca\","; done
    echo '}'
    echo 'local i = math.random(#q)'
    echo 'wrk.headers["Cookie"] = "eduportal_session=bench"'
    echo 'request = function() i = i % #q + 1; return wrk.format("GET", q[i]) end'
  } >"$1"
}
FOLDED=()
for q in "${MARKED[@]}"; do FOLDED+=("$(echo "$q" | fold)"); done
lua_for "$STACK/marked.lua" "${MARKED[@]}"
lua_for "$STACK/folded.lua" "${FOLDED[@]}"
# search.fcgi keeps result pages per index revision, so the lists above are mostly
# answered from that cache after their first round (like the popular queries of a real
# portal). The third run asks queries that are never repeated: every pair of adjacent
# words of the titles, summaries and abstracts, as written and folded, in a fixed shuffled order,
# each wrk thread walking its own half; what it measures is the match itself.
SQL -e "SELECT title FROM articles WHERE status = 'published' UNION ALL
        SELECT summary FROM articles WHERE status = 'published' UNION ALL
        SELECT abstract FROM documents WHERE visibility = 'cong-khai'" |
  LC_ALL=C awk '{ gsub(/[^A-Za-z\200-\377]+/, " "); n = split($0, w, " ")
                  for (i = 1; i < n; i++) { p = tolower(w[i]) " " tolower(w[i + 1]); if (!(p in seen)) { seen[p] = 1; print p } } }' \
  >"$STACK/pairs.txt"
{ cat "$STACK/pairs.txt"; fold <"$STACK/pairs.txt"; } | awk '!seen[$0]++' | grep -vxF -f <(printf '%s\n' "${MARKED[@]}" "${FOLDED[@]}") |
  shuf --random-source=<(yes eduportal) >"$STACK/distinct.txt"
DISTINCT=$(wc -l <"$STACK/distinct.txt")
{
  echo 'local q = {'
  while IFS= read -r q; do echo "  \"/tim-kiem?q=$(urlencode "$q")&pham-vi=tat-ca\","; done <"$STACK/distinct.txt"
  echo '}'
  echo 'local threads = 0'
  echo 'function setup(thread) thread:set("half", threads); threads = threads + 1 end'
  # Run r starts r slices further on, so no run asks what an earlier one asked.
  echo "local run, runs = @RUN@, $RUNS"
  echo 'function init(args) i = half * math.floor(#q / 2) + run * math.floor(#q / (2 * runs)) end'
  echo 'wrk.headers["Cookie"] = "eduportal_session=bench"'
  echo 'request = function() i = i % #q + 1; return wrk.format("GET", q[i]) end'
  echo 'function done(summary, latency, requests)'
  echo '  io.write(string.format("distinct: %d requests, %d queries\n", summary.requests, #q)) end'
} >"$STACK/distinct.lua"

# The search module reopens the new index; every query answers 200 with results.
for q in "giáo dục" "giao duc"; do
  ok=0
  for _ in $(seq 1 50); do
    body=$(curl -s -m 10 -H 'Cookie: eduportal_session=bench' "$BASE/tim-kiem?q=$(urlencode "$q")&pham-vi=tat-ca") || body=
    if echo "$body" | grep -q 'class="search-result"'; then ok=1; break; fi
    sleep 0.2
  done
  [ "$ok" = 1 ] || die "/tim-kiem?q=$q has no results"
done
n13=$(curl -s -H 'Cookie: eduportal_session=bench' "$BASE/tim-kiem?q=$(urlencode "tuyen sinh")&pham-vi=tat-ca" |
  sed -n 's/.*Khoảng \([0-9]*\) kết quả.*/\1/p' | head -1)

run_wrk() {  # run_wrk SECONDS SCRIPT OUTFILE
  timeout $(($1 + 30)) wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$1"s --latency -s "$2" "$BASE" >"$3" 2>&1 &
  WRK_PID=$!
  local status=0
  wait "$WRK_PID" || status=$?
  WRK_PID=
  [ "$status" = 0 ] || die "wrk failed (status $status): $(tail -3 "$3")"
}
parse_wrk() {  # "req/s p50_ms p99_ms non2xx"
  awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0
                        if (v ~ /s$/) return v * 1000; return v + 0 }
       /Requests\/sec:/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
       /Non-2xx or 3xx responses:/ { bad = $NF }
       END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }' "$1"
}
mark() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "ok" : "MISS" }'; }
median() {  # median of the numbers on standard input
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# The reference in the same runs: nginx serving a static file to the same connections.
STATIC_PATH=/static/css/portal.css
static_bytes=$(curl -s "$BASE$STATIC_PATH" | wc -c)
echo 'wrk.headers["Cookie"] = "eduportal_session=bench"' >"$STACK/static.lua"
declare -A RES
distinct_requests=0 twice=0
for run in $(seq 1 "$RUNS"); do
  sed "s/@RUN@/$((run - 1))/" "$STACK/distinct.lua" >"$STACK/distinct-run.lua"
  for v in static marked folded distinct; do
    say "run $run/$RUNS: wrk $v, ${WARMUP} s warm-up + $DURATION s"
    # The never-repeated queries warm up on the marked list: their own would be asked twice.
    script=$STACK/$v.lua
    [ "$v" = distinct ] && script=$STACK/distinct-run.lua
    [ "$v" = static ] || run_wrk "$WARMUP" "$STACK/$([ "$v" = distinct ] && echo marked || echo "$v").lua" "$STACK/wrk-warmup.txt"
    if [ "$v" = static ]; then
      timeout $((DURATION + 30)) wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION"s --latency -s "$script" \
        "$BASE$STATIC_PATH" >"$STACK/wrk-$v-$run.txt" 2>&1 || die "wrk failed on $STATIC_PATH"
    else
      run_wrk "$DURATION" "$script" "$STACK/wrk-$v-$run.txt"
    fi
    RES[$v]+="$(parse_wrk "$STACK/wrk-$v-$run.txt")"$'\n'
  done
  asked=$(sed -n 's/^distinct: \([0-9]*\) requests.*/\1/p' "$STACK/wrk-distinct-$run.txt")
  distinct_requests=$((distinct_requests + asked))
  # Each run's two threads walk a slice of DISTINCT / RUNS queries each half: beyond it,
  # a later run could ask again what this one asked.
  [ "$asked" -le $((DISTINCT / RUNS)) ] || twice=$((twice + asked - DISTINCT / RUNS))
done
search_rss=$(awk '/^VmRSS:/ { printf "%.1f MiB", $2 / 1024 }' "/proc/$(cat "$STACK/run/search.pid")/status" 2>/dev/null || echo "?")

# ---- 4. report --------------------------------------------------------------------------
echo
echo "eduportal search benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: $articles published articles + $documents public documents (scale $SCALE); $gen_note"
echo "reindex: $items items in $reindex_s s ($rate items/s), index $index_mib MiB; CPU $cpu_s s" \
  "($(awk -v n="$items" -v c="$cpu_s" 'BEGIN { printf "%.0f", (c > 0 ? n / c : 0) }') items per CPU second)"
echo "wrk: $CONNECTIONS connections, $WRK_THREADS threads, $DURATION s runs, medians of $RUNS; uncached, whole hierarchy," \
  "facets on; ${#MARKED[@]} two-word queries in turn (\"tuyen sinh\": about ${n13:-?} results)"
printf '%-28s %9s %8s %8s   %-14s %s\n' queries req/s p50_ms p99_ms "p50 ≤ 10 ms" "p99 ≤ 50 ms"
broken=0
for v in static marked folded distinct; do
  col() { printf '%s' "${RES[$v]}" | awk -v c="$1" 'NF { print $c }' | median; }
  rps=$(printf '%.0f' "$(col 1)") p50=$(col 2) p99=$(col 3)
  bad=$(printf '%s' "${RES[$v]}" | awk 'NF { s += $4 } END { print s + 0 }')
  label="with diacritics"; [ "$v" = folded ] && label="without diacritics"
  [ "$v" = distinct ] && label="never repeated (both)"
  note=""; [ "$bad" = 0 ] || { note="  !! $bad non-2xx"; broken=1; }
  if [ "$v" = static ]; then
    printf '%-28s %9s %8s %8s   (reference: nginx, %s, %s bytes)\n' "static file" "$rps" "$p50" "$p99" "$STATIC_PATH" "$static_bytes"
  else
    printf '%-28s %9s %8s %8s   %-14s %s%s\n' "$label" "$rps" "$p50" "$p99" "$(mark "$p50" 10)" "$(mark "$p99" 50)" "$note"
  fi
done
echo "never repeated: $DISTINCT two-word queries from the titles, summaries and abstracts, as written and folded;" \
  "$distinct_requests asked over the runs, at most $twice of them a second time (a run outgrowing its slice)"
echo "search.fcgi VmRSS after the load: $search_rss; wrk reports in $STACK; time $((SECONDS - T0)) s"
[ "$broken" = 0 ] || die "some requests failed"
exit 0
