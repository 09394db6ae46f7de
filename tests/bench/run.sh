#!/usr/bin/env bash
# The benchmark (`make bench`; ARCHITECTURE "Performance targets" and "Benchmark hygiene").
# Starts a private stack (scripts/stack.sh) in $BENCH_DIR (default var/bench) on a free port,
# fills it with the generated bench data set (tests/bench/gen-data.sql; kept between runs
# while the schema version and the generator are unchanged), and measures with wrk three
# pages of the office site: the home page, a category list 50 pages deep (?sau= cursor) and
# an article. Each page is measured four ways, side by side in the same nginx:
#   static   nginx serving the saved HTML of the page as a file      (reference)
#   minimal  the smallest threaded libfcgi responder serving the same bytes: the ceiling of
#            the architecture (one responder per page, as many threads as portal.fcgi)
#   cached   the page as deployed: anonymous, through the micro-cache
#   uncached the page with a session cookie, which bypasses the micro-cache (signed-in users)
# and the report gives the medians of $RUNS runs against the targets: cached ≥ 0.9 × static,
# uncached ≥ 0.7 × minimal, p99 ≤ 20 ms; with the CPU each request cost portal.fcgi, MariaDB
# and nginx, portal.fcgi's memory after the load, and each page's SQL with its plan. The
# SQL counts come from a first phase with the debug headers on (X-Db-Queries) and MariaDB's
# general log; the measured phase runs with them off and without nginx's access log.
# Missed targets are reported, not fatal; the exit status is non-zero only when something
# broke (a stack that does not start, failing pages). Everything runs on 127.0.0.1 and unix
# sockets, and every process started here is stopped here, by pid, also on error.
# Knobs: BENCH_QUICK=1 (1 run of 3 s: a smoke test), BENCH_RUNS, BENCH_DURATION,
# BENCH_WARMUP (seconds), BENCH_DIR, EDUPORTAL_THREADS (default 16).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
HERE=$ROOT/tests/bench

# Bump when the data set changes in a way gen-data.sql's checksum does not show.
GEN_VERSION=2
if [ "${BENCH_QUICK:-0}" = 1 ]; then
  RUNS=${BENCH_RUNS:-1} DURATION=${BENCH_DURATION:-3} WARMUP=${BENCH_WARMUP:-1}
else
  RUNS=${BENCH_RUNS:-3} DURATION=${BENCH_DURATION:-10} WARMUP=${BENCH_WARMUP:-3}
fi
CONNECTIONS=64 WRK_THREADS=2
PAGES=(home category article)
VARIANTS=(static minimal cached uncached)
COOKIE='Cookie: eduportal_session=bench'

export EDUPORTAL_THREADS=${EDUPORTAL_THREADS:-16}
export EDUPORTAL_NGINX_ACCESS_LOG=off EDUPORTAL_INNODB_BUFFER=512M
# As deployed (demo_mode off): templates are not re-checked on disk, and so on.
export EDUPORTAL_DEMO_MODE=false
STACK=${BENCH_DIR:-$ROOT/var/bench}
OUT=$STACK/bench             # saved pages, the reference servers' config, results
BIN=$ROOT/build/bench/minimal_responder
T0=$SECONDS

say() { printf 'bench: %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

for tool in wrk nginx mariadb mariadbd g++ ss curl flock sha1sum; do
  command -v "$tool" >/dev/null || die "$tool is missing (scripts/deps.sh installs it)"
done

mkdir -p "$STACK" "$OUT" "$(dirname "$BIN")"
STACK=$(cd "$STACK" && pwd)
exec 9>"$STACK/bench.lock"
flock -n 9 || die "another benchmark is using $STACK"

# The stack runs a snapshot of build/bin (the modules' *.fcgi and portalctl): a rebuild
# during the run must not change (or break) what is measured. A binary missing or written
# in the last 2 s may be being built: wait for it, a minute at most.
rm -rf "${STACK:?}/bin"
mkdir -p "$STACK/bin"
for try in $(seq 1 60); do
  fresh=0
  bins=(build/bin/*.fcgi build/bin/portalctl)
  for f in "${bins[@]}"; do
    b=$(basename "$f")
    if [ ! -x "$f" ] || [ ! -s "$f" ] || [ $(($(date +%s) - $(stat -c %Y "$f" 2>/dev/null || echo 0))) -lt 2 ] \
      || ! cp "$f" "$STACK/bin/$b.new" 2>/dev/null || ! cmp -s "$f" "$STACK/bin/$b.new"; then
      fresh=1
    fi
  done
  if [ "$fresh" = 0 ]; then
    for f in "${bins[@]}"; do b=$(basename "$f"); mv -f "$STACK/bin/$b.new" "$STACK/bin/$b"; done
    break
  fi
  [ "$try" = 60 ] && die "build/bin: portal.fcgi or portalctl missing or changing: run make build (or make bench)"
  sleep 1
done
export EDUPORTAL_BIN=$STACK/bin

# ---- processes: everything started here is stopped here, by pid -----------------------
RESPONDER_PIDS=()
WRK_PID=
STACK_STARTED=0
cleanup() {
  local status=$?
  set +e
  trap - EXIT INT TERM
  [ -n "$WRK_PID" ] && kill "$WRK_PID" 2>/dev/null
  for pid in "${RESPONDER_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${RESPONDER_PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
  done
  [ "$STACK_STARTED" = 1 ] && scripts/stack.sh stop "$STACK" >/dev/null 2>&1
  rm -f "$STACK"/run/minimal-*.sock
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

SQL() { mariadb --no-defaults -S "$STACK/run/mysql.sock" -uroot -N -B eduportal "$@"; }

free_port() {  # free_port [EXCEPT]: an unused TCP port on 127.0.0.1
  local p
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 30000))
    [ "$p" = "${1:-}" ] && continue
    [ -z "$(ss -Htln "sport = :$p")" ] && { echo "$p"; return; }
  done
  die "no free port"
}
PORT=$(free_port)
PORT2=$(free_port "$PORT")
BASE=http://127.0.0.1:$PORT
REF=http://127.0.0.1:$PORT2

# ---- 1. the stack and its data ---------------------------------------------------------
# Phase A runs with the debug headers on, for the SQL statement counts; the measured phase
# (below) restarts portal.fcgi with them off.
start_stack() {  # start_stack DEBUG [EXTRA]
  STACK_STARTED=1
  EDUPORTAL_DEBUG_HEADERS=$1 EDUPORTAL_NGINX_EXTRA=${2:-} \
    scripts/stack.sh start "$STACK" "$PORT" --quiet || die "the stack did not start"
}
say "stack in $STACK, portal on $BASE, reference servers on $REF"
STACK_STARTED=1
if ! EDUPORTAL_DEBUG_HEADERS=true scripts/stack.sh start "$STACK" "$PORT" --quiet; then
  # A migration that failed half way on the kept database (DDL is not transactional) would
  # fail every later run: try once more on an empty database.
  mariadb --no-defaults -S "$STACK/run/mysql.sock" -uroot -e 'DROP DATABASE IF EXISTS eduportal' 2>/dev/null \
    || die "the stack did not start"
  rm -f "$STACK/bench-data.key"
  say "the stack did not start: once more on an empty database"
  start_stack true
fi

schema=$(SQL -e 'SELECT MAX(version) FROM schema_migrations')
key="schema=$schema generator=$GEN_VERSION-$(sha1sum "$HERE/gen-data.sql" | cut -c1-12)"
gen_note="cached ($key)"
if [ "$(cat "$STACK/bench-data.key" 2>/dev/null)" != "$key" ]; then
  rm -f "$STACK/bench-data.key"
  if [ "$(SQL -e 'SELECT COUNT(*) FROM sites')" != 0 ]; then
    say "data: dropping the old bench database"
    SQL -e 'DROP DATABASE eduportal'
    start_stack true   # creates and migrates it again
  fi
  say "data: generating (100,000 articles, 300 sites)"
  g0=$SECONDS
  SQL <"$HERE/gen-data.sql" >/dev/null || die "data generation failed"
  published=$(SQL -e "SELECT COUNT(*) FROM articles WHERE status = 'published' AND published_at <= UTC_TIMESTAMP()")
  [ "$published" = 100000 ] || die "data: $published published articles, expected 100000"
  echo "$key" >"$STACK/bench-data.key"
  gen_note="generated in $((SECONDS - g0)) s ($key)"
  start_stack true   # a fresh portal.fcgi over the new data
fi
say "data: $gen_note"

# ---- 2. the measured pages ---------------------------------------------------------------
# The office's biggest category, 50 pages deep: the cursor is the key of the last row of
# page 49 (20 a page), and page 50 must start with the row after it.
read -r cat_id cat_slug < <(SQL -e "SELECT c.id, c.slug FROM categories c JOIN articles a ON a.category_id = c.id
  WHERE c.site_id = 1 AND a.status = 'published' AND a.published_at <= UTC_TIMESTAMP()
  GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1") || true
deep_rows() {  # deep_rows OFFSET: "epoch id" of a row of the category list
  SQL -e "SELECT TIMESTAMPDIFF(SECOND, '1970-01-01 00:00:00', published_at), id FROM articles
    WHERE category_id = $cat_id AND status = 'published' AND published_at <= UTC_TIMESTAMP()
    ORDER BY published_at DESC, id DESC LIMIT 1 OFFSET $1"
}
read -r cur_time cur_id < <(deep_rows 979) || true
read -r _ first_id < <(deep_rows 980) || true
read -r art_id art_slug < <(SQL -e "SELECT id, slug FROM articles WHERE site_id = 1 AND category_id = $cat_id
  AND status = 'published' AND published_at <= UTC_TIMESTAMP() ORDER BY published_at DESC, id DESC LIMIT 1 OFFSET 250") || true
[ -n "${cur_id:-}" ] && [ -n "${first_id:-}" ] && [ -n "${art_id:-}" ] || die "pages: the bench data has no deep category list"
declare -A URL=(
  [home]=/
  [category]="/tin-tuc/$cat_slug?sau=$cur_time-$cur_id"
  [article]="/bai-viet/$art_id-$art_slug"
)

# Phase A: each page's SQL statement count (X-Db-Queries, the least of 3 uncached requests:
# the first of a thread also loads shared data) and the statements of the last request,
# from MariaDB's general log, for the plans in the report.
declare -A QUERIES SIZE
general_log() { mariadb --no-defaults -S "$STACK/run/mysql.sock" -uroot -e "$1"; }
# The search indexer and the mail sender poll the database on their own: paused here, so
# the general log holds only the pages' statements.
pause_workers() {  # pause_workers STOP|CONT
  local f
  for f in "$STACK/run/indexer.pid" "$STACK/run/mailer.pid"; do
    [ -f "$f" ] && kill -"$1" "$(cat "$f")" 2>/dev/null || true
  done
}
pause_workers STOP
for page in "${PAGES[@]}"; do
  n=
  for i in 1 2 3; do
    if [ "$i" = 3 ]; then
      : >"$OUT/general-$page.log"
      general_log "SET GLOBAL log_output = 'FILE', general_log_file = '$OUT/general-$page.log', general_log = ON"
    fi
    headers=$(curl -sS -m 10 -o /dev/null -D - -H "$COOKIE" -w '%{http_code}' "$BASE${URL[$page]}") \
      || die "pages: $page (${URL[$page]}) did not answer"
    [ "$i" = 3 ] && general_log "SET GLOBAL general_log = OFF"
    [ "${headers: -3}" = 200 ] || die "pages: $page (${URL[$page]}) answered ${headers: -3}"
    q=$(printf '%s\n' "$headers" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-db-queries" {print $2}')
    [ -n "$q" ] && { [ -z "$n" ] || [ "$q" -lt "$n" ]; } && n=$q
  done
  QUERIES[$page]=${n:-?}
done
pause_workers CONT

# The plan of every statement the pages ran: ANALYZE executes it and gives the rows read.
plans() {  # plans PAGE: one line a statement
  local sql plan
  # A page may run no statement at all (its data kept in the process for the cache time).
  if ! grep -qE '^ *[0-9]+ Execute|	[0-9]+ Execute	' "$OUT/general-$1.log" 2>/dev/null &&
     ! awk -F'\t' '{ for (i = 1; i < NF; i++) if ($i ~ /^ *[0-9]+ Execute$/) found = 1 } END { exit !found }' "$OUT/general-$1.log" 2>/dev/null; then
    echo "    (no statement: the page's data came from the process's cache)"
    return 0
  fi
  awk -F'\t' '{ for (i = 1; i < NF; i++) if ($i ~ /^ *[0-9]+ Execute$/) { print $(i + 1); next } }' "$OUT/general-$1.log" |
    while IFS= read -r sql; do
      # Only the page's reads: writes in the log come from the module's background tick
      # (counters, site data), and ANALYZE would run them again.
      case "$sql" in SELECT*|select*|\(SELECT*) ;; *) continue ;; esac
      plan=$(SQL -e "ANALYZE $sql" 2>&1 | awk -F'\t' '
        NF >= 13 { t = $3; if (t == "NULL" || t ~ /^<union/) next
                   x = $13; gsub(/Using /, "", x); if (x == "NULL") x = ""
                   r = ($10 == "NULL") ? "-" : sprintf("%d", $10)
                   printf "%s%s:%s/%s rows=%s%s", (n++ ? ", " : ""), t, $4, ($6 == "NULL" ? "-" : $6), r, (x == "" ? "" : " (" x ")") }
        NF < 13 { printf "%s", $0 }' || true)
      printf '    %-58.58s  %s\n' "$sql" "$plan"
    done
}

# ---- 3. reference servers: static copies and minimal responders -------------------------
# Phase B, the measured stack: portal.fcgi restarted without debug headers, nginx reloaded
# with a second server (same response headers as the portal's server block, so the bytes
# compare) serving the static copies and passing to the minimal responders, one a page.
SOCKETS=("$STACK/run/portal.sock")
for page in "${PAGES[@]}"; do SOCKETS+=("$STACK/run/minimal-$page.sock"); done
mkdir -p "$OUT/static"
rm -f "$OUT"/static/*.html
EXTRA=$OUT/nginx-extra.conf
{
  echo "# Written by tests/bench/run.sh: the benchmark's reference servers."
  echo "server {"
  echo "    listen 127.0.0.1:$PORT2;"
  echo "    server_name _;"
  echo "    server_tokens off;"
  echo "    charset utf-8;"
  sed -n '/^server {/,/^    location/{/^    add_header/p}' nginx/eduportal.conf.in
  echo "    location /static-copy/ { alias $OUT/static/; }"
  for page in "${PAGES[@]}"; do
    echo "    location = /minimal/$page { include /etc/nginx/fastcgi_params; fastcgi_pass unix:$STACK/run/minimal-$page.sock; }"
  done
  echo "}"
} >"$EXTRA"
start_stack false "$EXTRA"

# The static copies: each page fetched once, uncached, from the portal.fcgi being measured.
for page in "${PAGES[@]}"; do
  code=$(curl -sS -m 10 -o "$OUT/static/$page.html" -H "$COOKIE" -w '%{http_code}' "$BASE${URL[$page]}") \
    || die "pages: $page (${URL[$page]}) did not answer"
  [ "$code" = 200 ] || die "pages: $page (${URL[$page]}) answered $code"
  SIZE[$page]=$(stat -c %s "$OUT/static/$page.html")
done
grep -q "href=\"/bai-viet/$first_id-" "$OUT/static/category.html" \
  || die "pages: page 50 of /tin-tuc/$cat_slug does not start with article $first_id"
grep -q '?sau=' "$OUT/static/category.html" || die "pages: page 50 of /tin-tuc/$cat_slug has no older page"

if [ ! -x "$BIN" ] || [ "$HERE/minimal_responder.cc" -nt "$BIN" ]; then
  g++ -O2 -std=c++20 -Wall -Wextra -Werror -pthread -o "$BIN" "$HERE/minimal_responder.cc" -lfcgi \
    || die "minimal responder: build failed"
fi
for page in "${PAGES[@]}"; do
  sock=$STACK/run/minimal-$page.sock
  rm -f "$sock"
  "$BIN" "$sock" "$OUT/static/$page.html" "$EDUPORTAL_THREADS" >>"$STACK/log/minimal-$page.log" 2>&1 &
  RESPONDER_PIDS+=($!)
done
for sock in "${SOCKETS[@]:1}"; do
  for _ in $(seq 1 100); do [ -S "$sock" ] && break; sleep 0.05; done
  [ -S "$sock" ] || die "minimal responder did not start: $sock"
done

target_url() {  # target_url PAGE VARIANT
  case $2 in
    static) echo "$REF/static-copy/$1.html" ;;
    minimal) echo "$REF/minimal/$1" ;;
    *) echo "$BASE${URL[$1]}" ;;
  esac
}
# Every variant answers 200 (nginx's reload is asynchronous: retried for a while); the
# references serve exactly the saved bytes.
declare -A VSIZE
for page in "${PAGES[@]}"; do
  for v in "${VARIANTS[@]}"; do
    hdr=(); [ "$v" = uncached ] && hdr=(-H "$COOKIE")
    for _ in $(seq 1 50); do
      r=$(curl -s -m 10 -o /dev/null "${hdr[@]}" -w '%{http_code} %{size_download}' "$(target_url "$page" "$v")") || r="000 0"
      [ "${r% *}" = 200 ] && break
      sleep 0.1
    done
    [ "${r% *}" = 200 ] || die "$page/$v: $(target_url "$page" "$v") answered ${r% *}"
    VSIZE[$page/$v]=${r#* }
    case $v in static | minimal) [ "${r#* }" = "${SIZE[$page]}" ] || die "$page/$v: ${r#* } bytes, saved ${SIZE[$page]}" ;; esac
  done
done

# ---- 4. measurements ------------------------------------------------------------------------
# Before each run: no FastCGI connection open or queued on the portal's or the responders'
# sockets (no busy thread, empty listen queue; at most 60 s), and no wrk running. Another
# wrk on the machine (someone else's benchmark) is waited for, 120 s at most in all.
FOREIGN_WRK=0 FOREIGN_WAIT=120
drain() {
  local deadline=$((SECONDS + 60)) busy list
  list=$(printf '%s\n' "${SOCKETS[@]}")
  while :; do
    busy=$(ss -xaH | awk -v list="$list" 'BEGIN { n = split(list, a, "\n"); for (i = 1; i <= n; i++) s[a[i]] = 1 }
      ($5 in s) && (($2 == "LISTEN" && $3 > 0) || $2 == "ESTAB") { b++ } END { print b + 0 }')
    [ "$busy" = 0 ] && break
    if [ $SECONDS -ge $deadline ]; then
      say "warning: $busy FastCGI connections still open or queued after 60 s; measuring anyway"
      break
    fi
    sleep 0.1
  done
  while pgrep -x wrk >/dev/null; do
    FOREIGN_WRK=1
    [ "$FOREIGN_WAIT" -le 0 ] && break
    FOREIGN_WAIT=$((FOREIGN_WAIT - 1))
    sleep 1
  done
}

run_wrk() {  # run_wrk SECONDS URL OUTFILE [CURL-STYLE HEADER]
  local hdr=()
  [ -n "${4:-}" ] && hdr=(-H "$4")
  timeout $(($1 + 30)) wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$1"s --latency "${hdr[@]}" "$2" >"$3" 2>&1 &
  WRK_PID=$!
  local status=0
  wait "$WRK_PID" || status=$?
  WRK_PID=
  [ "$status" = 0 ] || die "wrk failed on $2 (status $status): $(tail -3 "$3")"
}

# "req/s p50_ms p99_ms non2xx socket_errors requests" from wrk's report.
parse_wrk() {
  awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0
                        if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v + 0 }
       /Requests\/sec:/ { rps = $2 }
       $1 == "50%" { p50 = ms($2) }
       $1 == "99%" { p99 = ms($2) }
       / requests in / { n = $1 }
       /Non-2xx or 3xx responses:/ { bad = $NF }
       /Socket errors:/ { gsub(/,/, ""); err = $4 + $6 + $8 + $10 }
       END { if (rps == "" || n == "") exit 1; printf "%s %.3f %.3f %d %d %d\n", rps, p50, p99, bad, err, n }' "$1"
}

# CPU time (user + system, in clock ticks) of processes, all their threads included: where
# a request's cost goes (the FastCGI process, MariaDB, nginx's workers).
TICK_US=$((1000000 / $(getconf CLK_TCK)))
cpu_ticks() {
  local t=0 p v
  for p in "$@"; do
    v=$(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null) || v=0
    t=$((t + ${v:-0}))
  done
  echo "$t"
}
nginx_workers() { pgrep -P "$(cat "$STACK/nginx/nginx.pid")" | tr '\n' ' '; }
# The machine's CPU ticks "all busy" (busy: user, nice, system, steal; interrupts left out,
# as no process is charged for them), and those of this shell's finished children (wrk):
# what other processes used during a run is the busy time that is none of ours (noise).
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $2 + $3 + $4 + $9 }' /proc/stat; }
children_ticks() { awk '{ print $16 + $17 }' "/proc/$$/stat"; }
declare -A RESPONDER_OF
for i in "${!PAGES[@]}"; do RESPONDER_OF[${PAGES[$i]}]=${RESPONDER_PIDS[$i]}; done

RESULTS=$OUT/results-$(date +%Y%m%d-%H%M%S).tsv
printf 'run\tpage\tvariant\treq_s\tp50_ms\tp99_ms\tnon2xx\tsocket_errors\trequests\tapp_cpu_us\tdb_cpu_us\tnginx_cpu_us\tother_cpu_pct\n' >"$RESULTS"
total=$((RUNS * ${#PAGES[@]} * ${#VARIANTS[@]}))
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
say "measuring: $RUNS run(s) × ${#PAGES[@]} pages × ${#VARIANTS[@]} variants, ${WARMUP} s warm-up + ${DURATION} s each, $CONNECTIONS connections (about $(((WARMUP + DURATION + 2) * total / 60 + 1)) min)"
m0=$SECONDS
portal_pid=$(cat "$STACK/run/portal.pid")
mariadb_pid=$(cat "$STACK/run/mariadb.pid")
for run in $(seq 1 "$RUNS"); do
  for page in "${PAGES[@]}"; do
    for v in "${VARIANTS[@]}"; do
      url=$(target_url "$page" "$v")
      cookie=; [ "$v" = uncached ] && cookie=$COOKIE
      case $v in static) app= ;; minimal) app=${RESPONDER_OF[$page]} ;; *) app=$portal_pid ;; esac
      drain
      run_wrk "$WARMUP" "$url" "$OUT/wrk-warmup.txt" "$cookie"
      drain
      workers=$(nginx_workers)
      # shellcheck disable=SC2086
      a0=$(cpu_ticks $app) d0=$(cpu_ticks "$mariadb_pid") n0=$(cpu_ticks $workers) w0=$(children_ticks)
      read -r t0 b0 < <(machine_ticks)
      run_wrk "$DURATION" "$url" "$OUT/wrk-$run-$page-$v.txt" "$cookie"
      read -r t1 b1 < <(machine_ticks)
      # shellcheck disable=SC2086
      a1=$(cpu_ticks $app) d1=$(cpu_ticks "$mariadb_pid") n1=$(cpu_ticks $workers) w1=$(children_ticks)
      line=$(parse_wrk "$OUT/wrk-$run-$page-$v.txt") || die "cannot read wrk's report $OUT/wrk-$run-$page-$v.txt"
      n=${line##* }
      cpu=$(awk -v n="$n" -v t="$TICK_US" -v a=$((a1 - a0)) -v d=$((d1 - d0)) -v x=$((n1 - n0)) \
        -v busy=$((b1 - b0)) -v all=$((t1 - t0)) -v own=$((a1 - a0 + d1 - d0 + n1 - n0 + w1 - w0)) \
        'BEGIN { n = n > 0 ? n : 1; o = busy - own; if (o < 0) o = 0
                 printf "%.1f %.1f %.1f %.0f", a * t / n, d * t / n, x * t / n, (all > 0 ? 100 * o / all : 0) }')
      printf '%s\t%s\t%s\t%s\n' "$run" "$page" "$v" "$(echo "$line $cpu" | tr ' ' '\t')" >>"$RESULTS"
      say "run $run: $page $v: $(echo "$line" | awk '{ printf "%.0f req/s, p50 %.2f ms, p99 %.2f ms", $1, $2, $3 }')"
    done
  done
done
measure_s=$((SECONDS - m0))

# Memory after the load.
rss() { awk '/^VmRSS:/ { printf "%.1f MiB", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }
hwm() { awk '/^VmHWM:/ { printf "%.1f MiB", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }
mem_portal=$(rss "$portal_pid") mem_portal_peak=$(hwm "$portal_pid") mem_db=$(rss "$mariadb_pid")
mem_minimal=$(rss "${RESPONDER_PIDS[0]}")

# ---- 5. report ---------------------------------------------------------------------------------
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
col() {  # col PAGE VARIANT COLUMN: the column's values over the runs
  awk -F'\t' -v p="$1" -v v="$2" -v c="$3" 'NR > 1 && $2 == p && $3 == v { print $c }' "$RESULTS"
}
declare -A MED BAD
broken=0
for page in "${PAGES[@]}"; do
  for v in "${VARIANTS[@]}"; do
    for c in 4 5 6 10 11 12 13; do MED[$page/$v/$c]=$(col "$page" "$v" $c | median); done
    BAD[$page/$v]=$(col "$page" "$v" 7 | awk '{ s += $1 } END { print s + 0 }')
    [ "${BAD[$page/$v]}" = 0 ] || broken=1
  done
done

mark() { awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN { ok = (op == ">=") ? (a >= b) : (a <= b); print ok ? "ok" : "MISS" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
echo
echo "eduportal benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: 300 sites, 100,000 published articles; $gen_note"
printf 'wrk: %d connections, %d threads, %s s runs after %s s warm-up, median of %d run(s); portal.fcgi and each minimal responder (one a page): %d threads; micro-cache %s s\n' \
  "$CONNECTIONS" "$WRK_THREADS" "$DURATION" "$WARMUP" "$RUNS" "$EDUPORTAL_THREADS" "${EDUPORTAL_CACHE_SECONDS:-1}"
echo "pages (office site), SQL statements from X-Db-Queries:"
for page in "${PAGES[@]}"; do
  note=""
  for v in cached uncached; do
    [ "${VSIZE[$page/$v]}" = "${SIZE[$page]}" ] || note="$note ($v: ${VSIZE[$page/$v]} bytes)"
  done
  printf '  %-9s %-64s %6d bytes, %s SQL%s\n' "$page" "${URL[$page]}" "${SIZE[$page]}" "${QUERIES[$page]}" "$note"
done
echo
echo "                                                 CPU µs per request"
printf '%-9s %-9s %9s %8s %8s  %6s %6s %6s %6s   %-30s %s\n' page variant req/s p50_ms p99_ms app db nginx other% "throughput (target)" "p99 ≤ 20 ms"
misses=0
for page in "${PAGES[@]}"; do
  for v in "${VARIANTS[@]}"; do
    k=$page/$v target="" p99mark=""
    case $v in
      cached)
        r=$(ratio "${MED[$k/4]}" "${MED[$page/static/4]}"); m=$(mark "$r" ">=" 0.9)
        target="$r × static (≥ 0.9)   $m" ;;
      uncached)
        r=$(ratio "${MED[$k/4]}" "${MED[$page/minimal/4]}"); m=$(mark "$r" ">=" 0.7)
        target="$r × minimal (≥ 0.7)  $m" ;;
    esac
    case $v in cached | uncached)
      [ "$m" = ok ] || misses=$((misses + 1))
      p99mark=$(mark "${MED[$k/6]}" "<=" 20); [ "$p99mark" = ok ] || misses=$((misses + 1)) ;;
    esac
    app=$(printf '%.0f' "${MED[$k/10]}"); [ "$v" = static ] && app=-
    bad=""; [ "${BAD[$k]}" = 0 ] || bad="  !! ${BAD[$k]} non-2xx responses"
    printf '%-9s %-9s %9.0f %8.2f %8.2f  %6s %6.0f %6.0f %6.0f   %-30s %s%s\n' "$page" "$v" "${MED[$k/4]}" "${MED[$k/5]}" "${MED[$k/6]}" \
      "$app" "${MED[$k/11]}" "${MED[$k/12]}" "${MED[$k/13]}" "$target" "$p99mark" "$bad"
  done
done
echo "(app = portal.fcgi, or the minimal responder; db = mariadbd; nginx = its workers; wrk shares the cores."
echo " other% = the machine's CPU used by processes not in the benchmark during the run: noise when high.)"
echo
echo "memory after the load: portal.fcgi VmRSS $mem_portal (peak $mem_portal_peak; target ≤ 64 MiB for all modules);" \
  "mariadbd $mem_db (buffer pool $EDUPORTAL_INNODB_BUFFER); a minimal responder $mem_minimal"
echo
echo "SQL of one uncached request of each page, with its plan (ANALYZE: table:access/key rows=rows read):"
for page in "${PAGES[@]}"; do
  echo "  $page"
  plans "$page"
done
echo
noisy=$(for k in "${!MED[@]}"; do if [[ $k == */13 ]]; then echo "${MED[$k]}"; fi; done | sort -g | tail -1)
if awk -v n="${noisy:-0}" 'BEGIN { exit !(n > 20) }'; then
  echo "warning: other processes used up to ${noisy}% of the machine's CPU during the runs: the ratios are unreliable"
fi
echo "targets missed: $misses; raw results: $RESULTS; wrk reports in $OUT"
[ "$FOREIGN_WRK" = 0 ] || echo "note: another wrk was running on this machine (waited $((120 - FOREIGN_WAIT)) s for it)"
echo "time: $((SECONDS - T0)) s in all, $measure_s s measuring"
[ "$broken" = 0 ] || die "some measured requests failed (non-2xx responses above)"
exit 0
