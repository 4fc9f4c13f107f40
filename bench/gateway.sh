#!/usr/bin/env bash
# npm run bench:gateway — the gateway against the shared proxy anchors (direct upstream, bare
# node:http + undici, nginx, popular Node proxies), measured side by side in one run by the
# harness in ../shared/bench/proxy-anchors. Results: bench/gateway/RESULTS.md.
#
#   ONLY="direct node-undici switchboard" REPEATS=3 npm run bench:gateway
#   BEFORE=/path/to/older/checkout npm run bench:gateway   # adds "switchboard-before" to the same run
#   OBSERVE_AB=1 npm run bench:gateway                      # adds "switchboard-noobs": request log and metrics off
#   ONLY="node-undici nginx-w2 switchboard switchboard-2w" npm run bench:gateway   # serve --workers 2 beside one process
#   EXTRA_SETUPS="sb-s4  9134  prefix=/slack  node --max-semi-space-size=4 $PWD/bench/gateway-start.mjs" ONLY="switchboard sb-s4" npm run bench:gateway
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ANCHORS=${ANCHORS:-$ROOT/../shared/bench/proxy-anchors}
[ -d "$ANCHORS" ] || { echo "bench:gateway needs the harness at $ANCHORS (set ANCHORS=…)" >&2; exit 1; }
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
if [[ " ${ONLY:-nginx-w1} " == *nginx* ]] && ! command -v nginx >/dev/null; then apt-get install -y -qq nginx-light; fi

WORK=$ROOT/bench/.anchors            # a private copy: the shared harness is not ours to edit
rm -rf "$WORK" && mkdir -p "$WORK"
cp -r "$ANCHORS"/. "$WORK"/
rm -rf "$WORK/results" "$WORK/RESULTS.md"
(cd "$WORK" && npm ci --no-audit --no-fund >/dev/null 2>&1)
# switchboard-2w: the production start, serve --workers 2, given both cores like nginx-w2 (so it
# competes with wrk and the upstream on core 1; compare its µs/req, not only its req/s).
cat >> "$WORK/setups.txt" <<SETUP
switchboard         9130  prefix=/slack  node $ROOT/bench/gateway-start.mjs
switchboard-2w      9132  cpus=0-1  prefix=/slack  node $ROOT/bench/gateway-start-workers.mjs
SETUP
DEFAULT_ONLY="direct node-undici fastify-http-proxy switchboard"
if [ -n "${OBSERVE_AB:-}" ]; then   # the same gateway with the request log and metrics off, beside it
  echo "switchboard-noobs   9133  prefix=/slack  env OBSERVE=off node $ROOT/bench/gateway-start.mjs" >> "$WORK/setups.txt"
  DEFAULT_ONLY="$DEFAULT_ONLY switchboard-noobs"
fi
if [ -n "${EXTRA_SETUPS:-}" ]; then  # more setup lines, as setups.txt takes them (e.g. the gateway with other node flags)
  printf '%s\n' "$EXTRA_SETUPS" >> "$WORK/setups.txt"
fi
if [ -n "${BEFORE:-}" ]; then   # an older checkout (with its node_modules) measured beside this one
  echo "switchboard-before  9131  prefix=/slack  node $BEFORE/bench/gateway-start.mjs" >> "$WORK/setups.txt"
  DEFAULT_ONLY="$DEFAULT_ONLY switchboard-before"
fi
cd "$WORK"
ONLY=${ONLY:-$DEFAULT_ONLY} REPEATS=${REPEATS:-3} READY_WAIT=${READY_WAIT:-60} \
  RESULTS="$ROOT/bench/gateway/RESULTS.md" ./run.sh
mkdir -p "$ROOT/bench/gateway"
echo "results: bench/gateway/RESULTS.md (raw data in bench/.anchors/results/latest)"
