#!/usr/bin/env bash
# Starts a PostgreSQL on loopback for the web store tests (installs Debian's package if missing),
# creates a fresh database and user, and prints the JDBC URL for DETENTE_TEST_PG_URL.
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
read -r version cluster port _ < <(pg_lsclusters -h | head -1)
pg_ctlcluster "$version" "$cluster" start >&2 2>&1 || true   # already running is fine
for _ in $(seq 1 30); do
  runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 >&2 <<SQL
DROP DATABASE IF EXISTS detente_test;
DROP ROLE IF EXISTS detente_test;
CREATE ROLE detente_test LOGIN PASSWORD 'detente_test';
CREATE DATABASE detente_test OWNER detente_test;
SQL
echo "jdbc:postgresql://127.0.0.1:${port}/detente_test?user=detente_test&password=detente_test"
