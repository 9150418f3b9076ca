#!/usr/bin/env bash
# Runs the server test suite against Debian's PostgreSQL 15 (SQL must work on 15 and 18).
set -euo pipefail
cd "$(dirname "$0")/.."

pg_ctlcluster 15 main status >/dev/null 2>&1 || pg_ctlcluster 15 main start
password="ci-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
su postgres -c "psql -v ON_ERROR_STOP=1 -q" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'custodia_ci') THEN
    CREATE ROLE custodia_ci LOGIN CREATEDB CREATEROLE;
  END IF;
END \$\$;
ALTER ROLE custodia_ci PASSWORD '${password}';
SQL
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_database WHERE datname = 'custodia_ci'\"" | grep -q 1 \
  || su postgres -c "createdb -O custodia_ci custodia_ci"

# To keep CI under 15 minutes, this second pass leaves out the suites whose subject is not SQL
# (the fuzzer, and the process-kill and scale-out tests, which run the same SQL as the route tests
# and already ran against the embedded server). PG15_FULL=1 runs every file here as well.
exclude=()
if [ "${PG15_FULL:-0}" != 1 ]; then
  exclude=(--exclude 'src/http/fuzz.test.ts' --exclude 'src/**/*-crash.test.ts' --exclude 'src/http/scale-out.test.ts')
fi

echo "▶ server suite against PostgreSQL $(su postgres -c 'psql -tAc "show server_version"')"
DATABASE_URL="postgres://custodia_ci:${password}@127.0.0.1:5432/custodia_ci" \
  npx -y pnpm@10.34.9 --filter @portal/server test "${exclude[@]}"
