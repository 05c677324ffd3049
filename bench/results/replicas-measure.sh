#!/usr/bin/env bash
# Convergence of a replica after a new release at 10,000 services (bench/results/replicas.md).
# Run from a scratch directory holding gen/ and gen2/ (govgraph generate) and the primary store.
set -euo pipefail
J=${GOVGRAPH_JAR:-cli/target/govgraph.jar}
java -Xmx2g -jar $J serve --store primary --port 18090 --admin-token bench-token --offer-bundles > primary.log 2>&1 &
echo $! > primary.pid
until grep -q "Bundle of release" primary.log; do sleep 1; done
grep "Bundle of release" primary.log
java -Xmx1g -jar $J serve --store replica --port 18091 --replica-of http://127.0.0.1:18090/ --replica-poll 1s > replica.log 2>&1 &
echo $! > replica.pid
until grep -q "of the primary is served" replica.log; do sleep 1; done
grep "of the primary is served" replica.log
java -Xmx2g -jar $J ingest --store primary ca-si gen2/si_synthetic.csv > ingest2.log 2>&1
tail -2 ingest2.log
until [ "$(grep -c 'of the primary is served' replica.log)" -ge 2 ]; do sleep 1; done
grep -E "Releases - Release .* is served|Bundle of release" primary.log | tail -2
grep -E "of the primary is served|Releases - Release .* is served" replica.log | tail -2
