#!/usr/bin/env bash
# Renders nginx/eduportal.conf.in: render-nginx.sh LISTEN WWW RUN CACHE UPLOADS PRIVATE > site.conf
set -euo pipefail
[ $# -eq 6 ] || { echo "usage: $0 LISTEN WWW RUN CACHE UPLOADS PRIVATE" >&2; exit 2; }
sed -e "s|@LISTEN@|$1|g" -e "s|@WWW@|$2|g" -e "s|@RUN@|$3|g" -e "s|@CACHE@|$4|g" -e "s|@UPLOADS@|$5|g" -e "s|@PRIVATE@|$6|g" \
  "$(dirname "$0")/../nginx/eduportal.conf.in"
