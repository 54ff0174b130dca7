#!/usr/bin/env bash
# Database restart under order load (issue #24): starts Shelfline like run-order-benchmark.sh (port 8181,
# fresh embedded MariaDB under bench/target/home), has 8 shops place orders through the REST API, kills
# MariaDB with kill -9 after 15 s, starts it again 3 s later on the same data, and keeps the load on for
# 30 s more. The application is not restarted. Appends to bench/results/faults.txt how long after MariaDB
# answered again the application reported ready and placed an order, and how many acknowledged orders were
# lost or partial (both must be 0).
#
#   bench/run-database-restart.sh
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p bench/target
# shellcheck source=start-shelfline.sh
source bench/start-shelfline.sh
# The restarted MariaDB is no longer the launcher's child: stop it here too.
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; pkill -f "payara-micro.jar .*--port $HTTP_PORT" || true; pkill -f "(mysqld|mariadbd).*--port=$DB_PORT" || true' EXIT
BENCH=(-B -q -Pbench -pl bench -Dbench.dbPort="$DB_PORT" -Dbench.baseUrl="http://127.0.0.1:$HTTP_PORT")
mvn "${BENCH[@]}" test-compile exec:java -Dexec.args=prepare
mvn "${BENCH[@]}" exec:java -Dbench.main=org.shelfline.bench.DatabaseRestart \
    -Dbench.users=8 -DbaseUrl="http://127.0.0.1:$HTTP_PORT" -Dresults="$PWD/bench/results/faults.txt" -DappLog="$PWD/bench/target/app.log"
