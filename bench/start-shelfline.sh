# Sourced by the benchmark scripts: starts Shelfline with the README's run command on port 8181 with a
# fresh embedded MariaDB (port 3399, under bench/target/home), stops it when the script exits, and waits
# until it answers /health/ready.
HTTP_PORT=8181
DB_PORT=3399
HOME_DIR="$PWD/bench/target/home"

if curl -fs "http://127.0.0.1:$HTTP_PORT/health/ready" > /dev/null 2>&1; then
    echo "Something already answers on port $HTTP_PORT (an earlier run's app?); stop it first." >&2
    exit 1
fi
rm -rf "$HOME_DIR" bench/target/gatling
mkdir -p "$HOME_DIR"
echo "Starting Shelfline on port $HTTP_PORT (log: bench/target/app.log)"
SHELFLINE_HOME="$HOME_DIR" SHELFLINE_HTTP_PORT="$HTTP_PORT" SHELFLINE_DEV_DB_PORT="$DB_PORT" \
    mvn -B -Prun package > bench/target/app.log 2>&1 &
APP=$!
# The launcher stops Payara Micro from its shutdown hook; the pkill is for when that is cut short.
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; pkill -f "payara-micro.jar .*--port $HTTP_PORT" || true' EXIT
for _ in $(seq 1 300); do
    if curl -fs "http://127.0.0.1:$HTTP_PORT/health/ready" > /dev/null 2>&1; then
        break
    fi
    if ! kill -0 "$APP" 2>/dev/null; then
        echo "Shelfline did not start; see bench/target/app.log" >&2
        exit 1
    fi
    sleep 2
done
