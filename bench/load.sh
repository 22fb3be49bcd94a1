#!/usr/bin/env bash
# The application under load, with its default settings: 50 concurrent clients for 60 s over the search, entity,
# trace, timeline and case endpoints on the curated graph plus 1,000,000 synthetic dealers, against a one-client
# baseline of the same requests and the static home page as the floor, measured in the same run.
#   bash bench/load.sh [--clients 50] [--seconds 60] [--dealers 1000000] [--api-key KEY] [--url http://127.0.0.1:8080]
# The synthetic store is generated once into target/bench/synthetic-<dealers> (about 10 min and 2.5 GB for 1M
# dealers here) and shared with bench-trace. Prints requests, errors, p50/p95/p99 by endpoint and overall, the
# server's resident memory and the load average. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
opts=$(mvn -q -B -Dstyle.color=never help:evaluate -Dexpression=ironriver.jvm.options -DforceStdout | sed 's/\x1b\[[0-9;]*m//g')
exec java -Xmx1g -jar target/ironriver.jar bench-load --server-jvm "$opts" "$@"
