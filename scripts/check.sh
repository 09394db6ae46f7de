#!/usr/bin/env bash
# Runs every test: the unit tests (CppUnit, under ASan/UBSan), then the integration tests
# (node's test runner) against a private stack started here on a free port in a
# temporary folder, so it runs beside `make demo`. Ends with one line
# "N passed, N failed" and a non-zero status on any failure.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
passed=0 failed=0

count() {  # count LOG: adds the "N passed, N failed" or TAP "# pass/# fail" counts of LOG
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
else
  echo "check: the unit test binary ended without its summary (status $unit_status)"
  failed=$((failed + 1))
fi
[ "$unit_status" -eq 0 ] || [ -z "$line" ] || [ "$(echo "$line" | awk '{print $4}')" -gt 0 ] || failed=$((failed + 1))

# 2. Integration tests against a real stack.
STACK=$(mktemp -d /tmp/eduportal-check.XXXXXX)
PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
cleanup() { scripts/stack.sh stop "$STACK" >/dev/null 2>&1; rm -rf "$STACK"; }
trap cleanup EXIT
if scripts/stack.sh start "$STACK" "$PORT" --demo --quiet; then
  it_log=$(mktemp)
  EDUPORTAL_URL="http://127.0.0.1:$PORT" EDUPORTAL_STACK="$STACK" EDUPORTAL_ROOT="$ROOT" \
    node --test --test-reporter=tap --test-concurrency=1 tests/integration/ 2>&1 | tee "$it_log" \
    | grep -E '^(not ok|ok|# (pass|fail|tests|duration))|^ +(error|expected|actual|operator|location):' || true
  count "$it_log"
  if grep -q '^not ok' "$it_log"; then
    echo "---- integration test log (failures above in full) ----"; grep -v '^ *duration_ms' "$it_log" | grep -B2 -A25 '^not ok\|^    not ok'
  fi
  if ! grep -qE '^# pass [0-9]+' "$it_log"; then
    echo "check: the integration tests did not run"; failed=$((failed + 1))
  fi
else
  echo "check: the test stack did not start"
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
