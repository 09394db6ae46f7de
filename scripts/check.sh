#!/usr/bin/env bash
# Runs every test: the unit tests (CppUnit, under ASan/UBSan), then the integration and
# browser tests (node's test runner) against a private stack started here on a free port
# in a temporary folder, so it runs beside `make demo`. Ends with one line
# "N passed, N failed" and a non-zero status on any failure.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
passed=0 failed=0

count() {  # count LOG: adds the TAP "# pass N" / "# fail N" totals of LOG
  local p f
  p=$(grep -Eo '^# pass [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')
  f=$(grep -Eo '^# fail [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
}

# 1. Unit tests.
unit_log=$(mktemp)
build/bin/unit_tests 2>&1 | tee "$unit_log"
unit_status=${PIPESTATUS[0]}
line=$(grep -E '^unit: [0-9]+ passed, [0-9]+ failed' "$unit_log" | tail -1)
if [ -n "$line" ]; then
  passed=$((passed + $(echo "$line" | awk '{print $2}')))
  failed=$((failed + $(echo "$line" | awk '{print $4}')))
  # A crash after the summary (a sanitizer report at exit) still fails the run.
  [ "$unit_status" -eq 0 ] || [ "$(echo "$line" | awk '{print $4}')" -gt 0 ] || failed=$((failed + 1))
else
  echo "check: the unit test binary ended without its summary (status $unit_status)"
  failed=$((failed + 1))
fi

# 2. Integration and browser tests against a real stack. A second server of the same
# nginx serves tests/fixtures/ (a superior office's RSS feed, ...) as an outside site.
STACK=$(mktemp -d /tmp/eduportal-check.XXXXXX)
free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
PORT=$(free_port)
FIXTURE_PORT=$(free_port)
cat > "$STACK/fixtures.nginx" <<CONF
server {
    listen 127.0.0.1:$FIXTURE_PORT;
    root $ROOT/tests/fixtures;
    types { application/rss+xml xml; text/html html; image/jpeg jpg; image/png png; application/pdf pdf; }
}
CONF
cleanup() { scripts/stack.sh stop "$STACK" >/dev/null 2>&1; rm -rf "$STACK"; }
trap cleanup EXIT

run_node_tests() {  # run_node_tests NAME FOLDER
  local log; log=$(mktemp)
  EDUPORTAL_URL="http://127.0.0.1:$PORT" EDUPORTAL_STACK="$STACK" EDUPORTAL_ROOT="$ROOT" \
  EDUPORTAL_FIXTURE_URL="http://127.0.0.1:$FIXTURE_PORT" \
    node --test --test-reporter=tap --test-concurrency=1 "$2" 2>&1 | tee "$log" \
    | grep -E '^(not ok|ok|# (pass|fail|tests|duration))' || true
  count "$log"
  if ! grep -qE '^# pass [0-9]+' "$log"; then
    echo "check: the $1 tests did not run"; failed=$((failed + 1))
  fi
  if grep -q '^not ok' "$log"; then
    echo "---- $1 test failures ----"
    grep -v '^ *duration_ms' "$log" | grep -B2 -A25 -E '^ *not ok'
  fi
}

if EDUPORTAL_NGINX_EXTRA="$STACK/fixtures.nginx" scripts/stack.sh start "$STACK" "$PORT" --demo --quiet; then
  run_node_tests integration tests/integration/
  if ls tests/browser/*.test.mjs >/dev/null 2>&1; then
    # The browser journeys run against the modules as deployed (demo_mode off: templates
    # parsed once into each thread's own cache, never re-read), the integration tests
    # above as `make demo` runs them.
    if EDUPORTAL_DEMO_MODE=false EDUPORTAL_NGINX_EXTRA="$STACK/fixtures.nginx" \
        scripts/stack.sh start "$STACK" "$PORT" --quiet; then
      run_node_tests browser tests/browser/
    else
      echo "check: the test stack did not restart as deployed"
      failed=$((failed + 1))
    fi
  fi
else
  echo "check: the test stack did not start"
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
