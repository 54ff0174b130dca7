#!/usr/bin/env bash
# Order placement under load (issue #4): starts Shelfline with demo data on its own embedded MariaDB
# (the README's run command, on port 8181 with a fresh database under bench/target/home), tops up stock,
# runs the Gatling simulation (a warm-up, then the measured run; HTML report in bench/target/gatling/),
# runs the plain-JDBC baseline with as many threads as shops, and appends both figures, their ratio and
# the oversell check to bench/results/orders.txt.
#
# FLOOR=1 measures, instead of placing orders, the cheapest authenticated API call (a shop's brand list:
# token look-up, one query) against the same baseline, appending to bench/results/floor.txt: if that call
# alone is below half the baseline, no placement code can reach the 50% target on this machine.
#
#   bench/run-order-benchmark.sh            # 20 shops for 60 s
#   USERS=40 SECONDS_RUN=120 bench/run-order-benchmark.sh
#   FLOOR=1 bench/run-order-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."

USERS="${USERS:-20}"
SECONDS_RUN="${SECONDS_RUN:-60}"
# A fresh Payara spends a good part of its CPU in the JIT compiler for its first minutes of load (see
# bench/README.md, the fair rush); the measured run starts after this much of the same load.
WARM_SECONDS="${WARM_SECONDS:-120}"
FLOOR="${FLOOR:-}"
if [ -n "$FLOOR" ]; then
    MEASURED=(-Dbench.simulation=org.shelfline.bench.ApiFloorSimulation)
    LOG=bench/target/gatling-floor.log
    REPORT=(-Dfloor=true -Dresults="$PWD/bench/results/floor.txt")
    SHOWN="read brands"
else
    MEASURED=()
    LOG=bench/target/gatling.log
    REPORT=(-Dresults="$PWD/bench/results/orders.txt")
    SHOWN="place order"
fi
mkdir -p bench/target
# shellcheck source=start-shelfline.sh
source bench/start-shelfline.sh
BENCH=(-B -q -Pbench -pl bench -Dbench.users="$USERS" -Dbench.dbPort="$DB_PORT" -Dbench.baseUrl="http://127.0.0.1:$HTTP_PORT")

mvn "${BENCH[@]}" test-compile exec:java -Dexec.args=prepare
echo "Warm-up run ($WARM_SECONDS s)"
mvn "${BENCH[@]}" test-compile gatling:test "${MEASURED[@]}" -Dbench.seconds="$WARM_SECONDS" -Dgatling.failOnError=false \
    > bench/target/warmup.log
echo "Measured run ($USERS shops, $SECONDS_RUN s)"
mvn -B -Pbench -pl bench gatling:test "${MEASURED[@]}" -Dbench.users="$USERS" -Dbench.seconds="$SECONDS_RUN" \
    -Dbench.baseUrl="http://127.0.0.1:$HTTP_PORT" -Dgatling.failOnError=false | tee "$LOG" \
    | grep -E "$SHOWN|Global|percentile|requests/sec|KO" || true
echo "Plain-JDBC baseline ($USERS threads, $SECONDS_RUN s)"
mvn "${BENCH[@]}" exec:java -Dexec.args=baseline -Dbench.seconds="$SECONDS_RUN"
mvn "${BENCH[@]}" exec:java -Dexec.args=report -Dbench.seconds="$SECONDS_RUN" "${REPORT[@]}"
