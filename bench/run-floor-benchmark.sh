#!/usr/bin/env bash
# The floor under issue #4's target: how fast the app answers its cheapest authenticated API call (a
# shop's brand list: token look-up, one query), with as many shops as the order benchmark, next to the
# plain-JDBC order baseline of the same run. If this call alone is below half the baseline, no placement
# code can reach the 50% target on this machine. Appends to bench/results/floor.txt.
#
#   bench/run-floor-benchmark.sh            # 20 shops for 60 s
set -euo pipefail
cd "$(dirname "$0")/.."

USERS="${USERS:-20}"
SECONDS_RUN="${SECONDS_RUN:-60}"
mkdir -p bench/target
# shellcheck source=start-shelfline.sh
source bench/start-shelfline.sh
BENCH=(-B -q -Pbench -pl bench -Dbench.users="$USERS" -Dbench.dbPort="$DB_PORT" -Dbench.baseUrl="http://127.0.0.1:$HTTP_PORT")
FLOOR=(-Dbench.simulation=org.shelfline.bench.ApiFloorSimulation -Dgatling.failOnError=false)

mvn "${BENCH[@]}" test-compile exec:java -Dexec.args=prepare
echo "Warm-up run (15 s)"
mvn "${BENCH[@]}" gatling:test "${FLOOR[@]}" -Dbench.seconds=15 > bench/target/warmup.log
echo "Measured run ($USERS shops, $SECONDS_RUN s)"
mvn -B -Pbench -pl bench gatling:test "${FLOOR[@]}" -Dbench.users="$USERS" -Dbench.seconds="$SECONDS_RUN" \
    -Dbench.baseUrl="http://127.0.0.1:$HTTP_PORT" | tee bench/target/gatling-floor.log \
    | grep -E "read brands|Global|percentile|KO" || true
echo "Plain-JDBC order baseline ($USERS threads, $SECONDS_RUN s)"
mvn "${BENCH[@]}" exec:java -Dexec.args=baseline -Dbench.seconds="$SECONDS_RUN"
mvn "${BENCH[@]}" exec:java -Dexec.args=report -Dfloor=true -Dbench.seconds="$SECONDS_RUN" -Dresults="$PWD/bench/results/floor.txt"
