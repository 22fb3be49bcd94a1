#!/usr/bin/env bash
# Start-up time and resident memory of the application with its default settings, against a baseline measured in
# the same run: the embedded Neo4j alone, with the same settings, in a JVM of its own.
#   bash bench/startup-memory.sh [runs]
# Prints, for each configuration, the seconds from JVM start to ready (the application's own "ready in" line:
# graph loaded, Browser served) and the resident set size (VmRSS) after a few API calls, and the peak (VmHWM);
# for the application, the schema check's own time from its start-up report (on a later start: nothing to migrate).
# For each start it also prints where the time went: CPU seconds at ready (all threads, the JIT compiler threads among
# them, from /proc) and the classes loaded (jstat). Later starts are compared with two baselines: Neo4j alone on an
# empty store, and Neo4j alone opening the application's own store (its indexes, the fulltext one among them, are
# Neo4j's cost, not the application's).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
mvn -q -B -DskipTests package
jar=target/ironriver.jar
opts=$(mvn -q -B -Dstyle.color=never help:evaluate -Dexpression=ironriver.jvm.options -DforceStdout | sed 's/\x1b\[[0-9;]*m//g')
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
hwm_kb() { awk '/VmHWM/ {print $2}' "/proc/$1/status"; }
# CPU seconds the process has used (all threads, ended ones too), and those of its JIT compiler threads.
cpu_s() { awk -v t="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); split($0, f, " "); printf "%.1f", (f[12] + f[13]) / t}' "/proc/$1/stat"; }
jit_s() {
  local ticks=0 task
  for task in /proc/"$1"/task/*; do
    if grep -q '^C[12] CompilerThre' "$task/comm" 2>/dev/null; then
      ticks=$((ticks + $(sed 's/.*) //' "$task/stat" | awk '{print $12 + $13}')))
    fi
  done
  awk -v n="$ticks" -v t="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", n / t }'
}
classes() { jstat -class "$1" 2>/dev/null | awk 'NR == 2 {print $1}'; }
wait_for() { # file pattern pid
  touch "$1"
  for _ in $(seq 1 1800); do
    if grep -q "$2" "$1"; then return 0; fi
    kill -0 "$3" 2>/dev/null || { echo "process died:" >&2; tail -n 20 "$1" >&2; exit 1; }
    sleep 0.1
  done
  echo "timed out waiting for '$2'" >&2; exit 1
}

measure_baseline() { # store
  local log="$work/baseline.log" store="$1"
  # shellcheck disable=SC2086
  java $opts -cp "$jar" -Dloader.main=org.ironriver.database.EmbeddedNeo4jBaseline \
    org.springframework.boot.loader.launch.PropertiesLauncher "$store" 0 > "$log" 2>&1 &
  local pid=$!
  wait_for "$log" "neo4j ready in" $pid
  local secs; secs=$(grep -o 'ready in [0-9.]*' "$log" | awk '{print $3}')
  echo "$secs $(rss_kb $pid) $(hwm_kb $pid) $(cpu_s $pid) $(jit_s $pid) $(classes $pid)"
  kill $pid; wait $pid 2>/dev/null || true
}

measure_app() { # store label
  local log="$work/app.log" port; port=$(free_port)
  # shellcheck disable=SC2086
  java $opts -jar "$jar" --ironriver.embedded.store-dir="$1" --ironriver.embedded.bolt-port=0 --server.port="$port" > "$log" 2>&1 &
  local pid=$!
  wait_for "$log" "ironriver ready in" $pid
  local secs; secs=$(grep -o 'ready in [0-9.]*' "$log" | awk '{print $3}')
  local cpu jit loaded; cpu=$(cpu_s $pid); jit=$(jit_s $pid); loaded=$(classes $pid)
  local schema_ms; schema_ms=$(grep -o 'schema check [0-9]* ms' "$log" | awk '{print $3}')
  for path in "api/search?q=Interstate%20Arms" "api/entities/spragues-sports" "api/cases/mx-v-sw-dmass" "browser/"; do
    curl -sf -o /dev/null "http://localhost:$port/$path"
  done
  echo "$secs $(rss_kb $pid) $(hwm_kb $pid) ${schema_ms:-?} $cpu $jit $loaded"
  kill $pid; wait $pid 2>/dev/null || true
}

printf '%-40s %8s %10s %10s %8s %8s %8s\n' configuration "ready s" "RSS MiB" "peak MiB" "CPU s" "JIT s" classes
row() { # label secs rss hwm cpu jit classes [remark]
  printf '%-40s %8s %10d %10d %8s %8s %8s   %s\n' "$1" "$2" $(($3 / 1024)) $(($4 / 1024)) "$5" "$6" "$7" "${8:-}"
}
for run in $(seq 1 "$runs"); do
  baseline=$(measure_baseline "$work/baseline-$run")
  cold=$(measure_app "$work/store-$run")    # first start: schema applied, curated graph loaded
  same=$(measure_baseline "$work/store-$run") # Neo4j alone on the store the application just wrote
  warm=$(measure_app "$work/store-$run")    # second start: nothing to load
  read -r bs br bh bc bj bk <<< "$baseline"; read -r ss sr sh sc sj sk <<< "$same"
  read -r cs cr ch csm cc cj ck <<< "$cold"; read -r ws wr wh wsm wc wj wk <<< "$warm"
  row "run $run baseline (Neo4j alone)" "$bs" "$br" "$bh" "$bc" "$bj" "$bk"
  row "run $run app, first start" "$cs" "$cr" "$ch" "$cc" "$cj" "$ck" \
    "$(ratio "$cs" "$bs")x time, $(ratio "$cr" "$br")x RSS of baseline; schema check $csm ms"
  row "run $run baseline, the app's store" "$ss" "$sr" "$sh" "$sc" "$sj" "$sk"
  row "run $run app, second start" "$ws" "$wr" "$wh" "$wc" "$wj" "$wk" \
    "$(ratio "$ws" "$bs")x time ($(ratio "$ws" "$ss")x on the same store), $(ratio "$wr" "$br")x RSS of baseline; schema check $wsm ms (nothing to migrate)"
done
echo "targets: first start <= 1.5x and later starts <= 1.2x the baseline's time, schema check with nothing to migrate"
echo "< 200 ms; ready <= 15 s, RSS <= 1024 MiB (2 cores); JVM options: $opts; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
