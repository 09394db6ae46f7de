#!/usr/bin/env bash
# A sendmail stand-in for local stacks and tests: writes the message it reads on standard
# input into DIR as one .eml file (scripts/stack.sh configures it unless
# EDUPORTAL_SENDMAIL names a real command). Usage: test-sendmail.sh DIR
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
mkdir -p "$1"
name="$1/$(date +%Y%m%d-%H%M%S-%N)-$$.eml"
cat > "$name.part"
mv "$name.part" "$name"
