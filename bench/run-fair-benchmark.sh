#!/usr/bin/env bash
# Trade-fair rush (issue #6): starts Shelfline like run-order-benchmark.sh (port 8181, fresh embedded
# MariaDB under bench/target/home), prepares a fair with 20 capped SKUs and 2,000 shops with API tokens,
# has every shop order all 20 SKUs within 10 seconds (Gatling; report in bench/target/gatling/), then
# checks allocation, caps and stock and appends the figures to bench/results/fairs.txt.
#
# The measured rush comes after WARM_RUSHES (default 8) rushes just like it, each with a fair and shops
# of its own and checked the same way: a freshly started Payara spends 30-50% of its CPU in the JIT
# compiler during the first rushes (see bench/README.md). The first (cold) rush's figures are written too.
#
# FLOOR=1 has the shops ask for their brand list instead of ordering (the cheapest authenticated call),
# to see what the rush's HTTP, token and JAX-RS costs alone come to; it only prints Gatling's figures.
#
#   bench/run-fair-benchmark.sh
#   RUSH_SHOPS=1000 RUSH_SECONDS=10 WARM_RUSHES=3 bench/run-fair-benchmark.sh
#   FLOOR=1 WARM_RUSHES=0 bench/run-fair-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUSH_SHOPS="${RUSH_SHOPS:-2000}"
RUSH_SECONDS="${RUSH_SECONDS:-10}"
WARM_RUSHES="${WARM_RUSHES:-8}"
FLOOR="${FLOOR:-}"
mkdir -p bench/target
# shellcheck source=start-shelfline.sh
source bench/start-shelfline.sh
BENCH=(-B -q -Pbench -pl bench -Dbench.dbPort="$DB_PORT" -Dbench.baseUrl="http://127.0.0.1:$HTTP_PORT")
mvn "${BENCH[@]}" test-compile
rm -f bench/target/warmup-rushes.txt

# One rush into a fair of its own: prepare, run, check (unless FLOOR), appending the figures to $1 labelled $2.
rush() {
    mvn "${BENCH[@]}" exec:java -Dbench.main=org.shelfline.bench.FairRush -Dexec.args=prepare -Dshops="$RUSH_SHOPS"
    mvn -B -Pbench -pl bench gatling:test -Dbench.simulation=org.shelfline.bench.FairRushSimulation \
        -Dbench.baseUrl="http://127.0.0.1:$HTTP_PORT" -Dgatling.failOnError=false \
        -Dbench.rushShops="$RUSH_SHOPS" -Dbench.rushSeconds="$RUSH_SECONDS" -Dbench.rushRequest="${FLOOR:+floor}" \
        > bench/target/fair-gatling.log || true
    grep -E "^fair (order|floor): " bench/target/fair-gatling.log | sed 's/ is .*(actual : / = /; s/)$//' || true
    if [ -z "$FLOOR" ]; then
        mvn "${BENCH[@]}" exec:java -Dbench.main=org.shelfline.bench.FairRush -Dexec.args=report -Dshops="$RUSH_SHOPS" \
            -Dresults="$1" -Dlabel="$2"
    fi
}

for warm in $(seq 1 "$WARM_RUSHES"); do
    echo "Warm-up rush $warm of $WARM_RUSHES: $RUSH_SHOPS shops within $RUSH_SECONDS s"
    rush "$PWD/bench/target/warmup-rushes.txt" "warm-up rush $warm of $WARM_RUSHES"
    if [ "$warm" = 1 ] && [ -z "$FLOOR" ]; then
        cat bench/target/warmup-rushes.txt >> bench/results/fairs.txt
    fi
done
echo "Rush: $RUSH_SHOPS shops within $RUSH_SECONDS s${FLOOR:+, each reading its brand list instead of ordering}"
rush "$PWD/bench/results/fairs.txt" "measured, after $WARM_RUSHES warm-up rushes"
