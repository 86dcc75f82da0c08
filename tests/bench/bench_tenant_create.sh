#!/bin/sh
# Benchmark: creating a synthetic tenant of 100,000 users (goal: under 60 s).
# Baseline, measured in the same run: the sqlite3 shell loading the very same rows from a
# .dump of the tenant we made (raw SQLite, no JSON encoding, no validation, no key checks).
#
#   tests/bench/bench_tenant_create.sh [BUILD_DIR] [USERS] [RUNS]
set -eu
build=${1:-build/dev}
users=${2:-100000}
runs=${3:-3}
cli="$build/app/gatehouse-cli"
[ -x "$cli" ] || { echo "bench: build first ($cli is missing)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "bench: needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
ours_total=0
base_total=0
i=1
while [ "$i" -le "$runs" ]; do
    t0=$(now)
    "$cli" tenant create "$work/t$i.ghtenant" --scale "users=$users,role-collections=200" >/dev/null
    t1=$(now)
    [ "$i" = 1 ] && sqlite3 "$work/t1.ghtenant" .dump > "$work/dump.sql"
    t2=$(now)
    sqlite3 "$work/b$i.db" < "$work/dump.sql"
    t3=$(now)
    ours=$(echo "$t1 - $t0" | bc -l)
    base=$(echo "$t3 - $t2" | bc -l)
    printf 'run %d: gatehouse-cli tenant create %.2f s, sqlite3 shell %.2f s\n' "$i" "$ours" "$base"
    ours_total=$(echo "$ours_total + $ours" | bc -l)
    base_total=$(echo "$base_total + $base" | bc -l)
    i=$((i + 1))
done
ours_mean=$(echo "$ours_total / $runs" | bc -l)
base_mean=$(echo "$base_total / $runs" | bc -l)
printf 'tenant create, %d users: mean %.2f s (goal < 60 s: %s)\n' "$users" "$ours_mean" \
    "$(echo "$ours_mean < 60" | bc -l | sed 's/1/met/;s/0/MISSED/')"
printf 'baseline sqlite3 shell loading the same rows: mean %.2f s\n' "$base_mean"
printf 'ratio gatehouse / baseline: %.2f\n' "$(echo "$ours_mean / $base_mean" | bc -l)"
