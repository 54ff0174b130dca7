#!/usr/bin/env bash
# Trade-fair rush (issue #6): starts Shelfline like run-order-benchmark.sh (port 8181, fresh embedded
# MariaDB under bench/target/home), prepares a fair with 20 capped SKUs and 2,000 shops with API tokens,
# has every shop order all 20 SKUs within 10 seconds (Gatling; report in bench/target/gatling/), then
# checks allocation, caps and stock and appends the figures to bench/results/fairs.txt.
#
#   bench/run-fair-benchmark.sh
#   RUSH_SHOPS=1000 RUSH_SECONDS=10 bench/run-fair-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUSH_SHOPS="${RUSH_SHOPS:-2000}"
RUSH_SECONDS="${RUSH_SECONDS:-10}"
mkdir -p bench/target
# shellcheck source=start-shelfline.sh
source bench/start-shelfline.sh
BENCH=(-B -q -Pbench -pl bench -Dbench.dbPort="$DB_PORT" -Dbench.baseUrl="http://127.0.0.1:$HTTP_PORT")

mvn "${BENCH[@]}" test-compile exec:java -Dbench.main=org.shelfline.bench.FairRush -Dexec.args=prepare -Dshops="$RUSH_SHOPS"
echo "Warm-up: the order benchmark's simulation for 15 s"
mvn "${BENCH[@]}" exec:java -Dexec.args=prepare > /dev/null
mvn "${BENCH[@]}" gatling:test -Dbench.seconds=15 -Dgatling.failOnError=false > bench/target/warmup.log
echo "Rush: $RUSH_SHOPS shops within $RUSH_SECONDS s"
mvn -B -Pbench -pl bench gatling:test -Dbench.simulation=org.shelfline.bench.FairRushSimulation \
    -Dbench.baseUrl="http://127.0.0.1:$HTTP_PORT" -Dgatling.failOnError=false \
    -Dbench.rushShops="$RUSH_SHOPS" -Dbench.rushSeconds="$RUSH_SECONDS" | tee bench/target/fair-gatling.log \
    | grep -E "fair order|Global|percentile|KO" || true
mvn "${BENCH[@]}" exec:java -Dbench.main=org.shelfline.bench.FairRush -Dexec.args=report -Dshops="$RUSH_SHOPS" \
    -Dresults="$PWD/bench/results/fairs.txt"
