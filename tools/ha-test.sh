#!/usr/bin/env bash
# Proves the high-availability topology of docs/DEPLOYMENT.md on this one machine, without Docker: three MariaDB
# Galera nodes (Debian's mariadb-server and galera-4), two app nodes from the production jar on two ports, HAProxy in
# front (deploy/ha/haproxy.cfg) - then drives it with browsers (tools/ha-test.mjs, Chromium through the benchmark's
# playwright-core) and kills nodes under it. Screenshots and logs go to target/ha/.
#
#   tools/ha-test.sh            build the jar if needed, start everything, run the scenarios, stop everything
#   tools/ha-test.sh --keep     leave the topology running afterwards (stop it with: tools/ha-test.sh --stop)
#
# Needs: mariadbd, galera-4 (/usr/lib/galera/libgalera_smm.so), rsync, haproxy (installed with apt-get when missing
# and this runs as root), node 20+, Chromium (CHROMIUM, default /usr/bin/chromium), a JDK 21+ under /usr/lib/jvm.
# Exits non-zero when a scenario fails or could not be run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/ha
jar=$root/target/antq-dashboard-0.1.0-SNAPSHOT.jar
lb_port=8200
app_ports=(8201 8202)
db_ports=(3311 3312 3313)
galera_ports=(4567 4577 4587) # each node also takes the next two: IST and SST
db_password=antq-ha-test
keep=false

ours() { # pid: alive and one of the processes this script starts (a pid file may outlive its process)
  [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -qE 'mariadbd|haproxy|antq-dashboard'
}

stop_all() { # TERM, then KILL whatever still runs after 30 s (a Galera node may take a while to leave)
  local pids=() pid
  for pidfile in "$work"/*.pid "$work"/db*/mysqld.pid "$work"/restore/mysqld.pid; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    ours "$pid" && pids+=("$pid")
    rm -f "$pidfile"
  done
  [ ${#pids[@]} -gt 0 ] || return 0
  kill "${pids[@]}" 2>/dev/null || true
  for _ in $(seq 30); do
    local running=0
    for pid in "${pids[@]}"; do ours "$pid" && running=1; done
    [ $running = 1 ] || return 0
    sleep 1
  done
  for pid in "${pids[@]}"; do ours "$pid" && kill -9 "$pid" 2>/dev/null; done
  return 0
}

case "${1:-}" in
  --stop) stop_all; exit 0 ;;
  --keep) keep=true ;;
  -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
esac

log() { echo "== $(date -u +%H:%M:%S) $*"; }
fail() { echo "ha-test: $*" >&2; exit 1; }

# ------------------------------------------------------------------ tools
command -v mariadbd >/dev/null || fail "no mariadbd (apt-get install mariadb-server)"
[ -f /usr/lib/galera/libgalera_smm.so ] || fail "no Galera provider (apt-get install galera-4)"
command -v rsync >/dev/null || fail "no rsync, which Galera's state transfer uses (apt-get install rsync)"
if ! command -v haproxy >/dev/null; then
  [ "$(id -u)" = 0 ] || fail "no haproxy (apt-get install haproxy)"
  log "installing haproxy from the Debian archive"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >/dev/null
fi
java_bin=""
best=0
for candidate in /usr/lib/jvm/*/bin/java; do
  major=$("$candidate" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  if [ "${major:-0}" -gt "$best" ] 2>/dev/null; then best=$major; java_bin=$candidate; fi
done
[ "$best" -ge 21 ] || fail "no JDK 21+ under /usr/lib/jvm"

stop_all
rm -rf "$work"
mkdir -p "$work/shots"
trap '[ "$keep" = true ] || stop_all' EXIT

if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
  log "building the production jar (./mvnw -B -q -Pproduction -DskipTests package)"
  ./mvnw -B -q -Pproduction -DskipTests package
fi
if ! (cd bench && node -e "require.resolve('playwright-core/package.json')" 2>/dev/null); then
  log "installing the browser driver (npm ci in bench/)"
  (cd bench && npm ci --no-audit --no-fund --silent)
fi

# ------------------------------------------------------------------ Galera
# As root the database runs as Debian's mysql account: rsync's state transfer, started by a root mariadbd, would drop to
# nobody and could not write the joiner's data directory.
db_user=$(id -un)
[ "$(id -u)" = 0 ] && id mysql >/dev/null 2>&1 && db_user=mysql
db_sock() { echo "$work/db$1/mysqld.sock"; }
sql() { local node=$1; shift; mariadb --no-defaults -uroot -S "$(db_sock "$node")" -N -B "$@"; }
gcomm=$(printf '127.0.0.1:%s,' "${galera_ports[@]}")
gcomm=${gcomm%,}

start_db() { # node (1..3), extra mariadbd arguments
  local n=$1; shift
  local dir=$work/db$n gport=${galera_ports[$((n - 1))]}
  mkdir -p "$dir"
  chown "$db_user" "$dir"
  if [ ! -d "$dir/data/mysql" ]; then
    mariadb-install-db --no-defaults --user="$db_user" --datadir="$dir/data" --auth-root-authentication-method=socket \
      >"$dir/install.log" 2>&1
  fi
  cat >"$dir/my.cnf" <<EOF
!include $root/deploy/ha/galera.cnf
[mysqld]
user=$db_user
datadir=$dir/data
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
port=${db_ports[$((n - 1))]}
bind-address=127.0.0.1
log-error=$dir/error.log
innodb_buffer_pool_size=256M
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1
wsrep_cluster_address=gcomm://$gcomm
wsrep_provider_options=gmcast.listen_addr=tcp://127.0.0.1:$gport;ist.recv_addr=127.0.0.1:$((gport + 1))
wsrep_sst_receive_address=127.0.0.1:$((gport + 2))
EOF
  mariadbd --defaults-file="$dir/my.cnf" "$@" >>"$dir/stdout.log" 2>&1 &
  disown # killed on purpose by the scenarios: no "Killed" notice from this shell
}

await_synced() { # node, seconds
  local n=$1 until=$((SECONDS + $2)) state=""
  while [ $SECONDS -lt $until ]; do
    state=$(sql "$n" -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2 || true)
    [ "$state" = Synced ] && return 0
    sleep 1
  done
  tail -20 "$work/db$n/error.log" >&2
  fail "database node $n not synced after $2 s (state: ${state:-none})"
}

log "starting Galera node 1 (a new cluster), then nodes 2 and 3 (state transfer by rsync)"
start_db 1 --wsrep-new-cluster
await_synced 1 60
start_db 2
await_synced 2 120
start_db 3
await_synced 3 120
log "cluster size $(sql 1 -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)"
sql 1 -e "CREATE DATABASE antq CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci;
  CREATE USER 'antq'@'127.0.0.1' IDENTIFIED BY '$db_password';
  CREATE USER 'antq'@'localhost' IDENTIFIED BY '$db_password';
  GRANT ALL ON antq.* TO 'antq'@'127.0.0.1'; GRANT ALL ON antq.* TO 'antq'@'localhost';"

# ------------------------------------------------------------------ app nodes and balancer
# Every app node writes to one database node at a time: the driver's sequential mode takes the first that answers. A
# node that failed is skipped for 1 s, not the driver's default minute, so that the app is back as soon as it is; with
# every node down it tries 4 times (1 s), not 120 (30 s), before the user is told.
db_url="jdbc:mariadb:sequential://$(printf '127.0.0.1:%s,' "${db_ports[@]}" | sed 's/,$//')/antq?deniedListTimeout=1000&retriesAllDown=4"

start_app() { # a|b
  local name=$1 port=${app_ports[0]}
  [ "$name" = b ] && port=${app_ports[1]}
  PORT=$port DB_URL=$db_url DB_USER=antq DB_PASSWORD=$db_password ANTQ_DATA_DIR="$work/app-$name" \
    ANTQ_DEMO_DATA=true ANTQ_METRICS_TOKEN=ha-test-metrics-token-0123456789 \
    "$java_bin" -Xmx1g -jar "$jar" >>"$work/app-$name.log" 2>&1 &
  echo $! >"$work/app-$name.pid"
  disown
}

await_ready() { # port, seconds[, pid of the process that must stay alive]
  local until=$((SECONDS + $2))
  while [ $SECONDS -lt $until ]; do
    if [ -n "${3:-}" ] && ! kill -0 "$3" 2>/dev/null; then
      tail -30 "$work"/app-*.log >&2
      fail "the process behind port $1 stopped"
    fi
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness" || true)" = 200 ] && return 0
    sleep 1
  done
  fail "the app on port $1 is not ready after $2 s"
}

log "starting app node a (Liquibase, demo data), then b"
start_app a
await_ready "${app_ports[0]}" 900 "$(cat "$work/app-a.pid")"
start_app b
await_ready "${app_ports[1]}" 300 "$(cat "$work/app-b.pid")"
LISTEN=127.0.0.1:$lb_port APP_A=127.0.0.1:${app_ports[0]} APP_B=127.0.0.1:${app_ports[1]} \
  haproxy -f deploy/ha/haproxy.cfg -db >"$work/haproxy.log" 2>&1 &
echo $! >"$work/haproxy.pid"
await_ready "$lb_port" 30
log "topology up: balancer :$lb_port, app nodes :${app_ports[0]} :${app_ports[1]}, Galera :${db_ports[*]}"

# ------------------------------------------------------------------ scenarios
set +e
node tools/ha-test.mjs --url "http://127.0.0.1:$lb_port" --work "$work" \
  --app-a "http://127.0.0.1:${app_ports[0]}" --app-b "http://127.0.0.1:${app_ports[1]}" \
  --chromium "${CHROMIUM:-/usr/bin/chromium}" --java "$java_bin" --jar "$jar" --db-user "$db_user"
status=$?
set -e
[ "$keep" = true ] && log "left running (tools/ha-test.sh --stop stops it)"
exit $status
