#!/usr/bin/env bash
# Convergence of a replica after a new release (bench/results/replicas.md).
# Run from a scratch directory holding gen/ and gen2/ (govgraph generate) and the primary store
# (govgraph ingest of gen/). BUNDLES=1 (default) starts the primary with --offer-bundles, so the
# replica downloads each release's bundle; BUNDLES=0 starts it without, so the replica rebuilds
# each release from the published N-Triples. HEAP sets both servers' and the ingest's -Xmx.
set -euo pipefail
J=${GOVGRAPH_JAR:-cli/target/govgraph.jar}
HEAP=${HEAP:-2g}
OFFER=()
if [ "${BUNDLES:-1}" = 1 ]; then OFFER=(--offer-bundles); fi
java -Xmx$HEAP -jar $J serve --store primary --port 18090 --admin-token bench-token "${OFFER[@]}" > primary.log 2>&1 &
echo $! > primary.pid
if [ "${BUNDLES:-1}" = 1 ]; then
  until grep -q "Bundle of release" primary.log; do sleep 1; done
  grep "Bundle of release" primary.log
else
  until curl -sf http://127.0.0.1:18090/readyz > /dev/null; do sleep 1; done
fi
java -Xmx$HEAP -jar $J serve --store replica --port 18091 --replica-of http://127.0.0.1:18090/ --replica-poll 1s > replica.log 2>&1 &
echo $! > replica.pid
until grep -q "of the primary is served" replica.log; do sleep 1; done
grep "of the primary is served" replica.log
java -Xmx$HEAP -jar $J ingest --store primary ca-si gen2/si_synthetic.csv > ingest2.log 2>&1
tail -2 ingest2.log
until [ "$(grep -c 'of the primary is served' replica.log)" -ge 2 ]; do sleep 1; done
grep -E "Releases - Release .* is served|Bundle of release" primary.log | tail -2
grep -E "of the primary is served|Releases - Release .* is served" replica.log | tail -2
kill "$(cat replica.pid)" "$(cat primary.pid)"
