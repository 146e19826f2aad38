#!/bin/sh
# Run the benchmarks (doc/design.md "Speed and size"); not part of `make check`, run by
# `make bench` after it has built build/bench/*. The databases are generated once into
# build/bench/ (seeded, so always the same) and reused; delete them to rebuild.
#
#   bench-row.db    2,000 members over 20 years, one ledger entry per dues row (as
#                   `gonghui import dues` posts them: the worst case for the ledger)
#   bench-month.db  the same with one dues entry per month (as the monthly dues screen)
#   county/         100 school files of 40–200 members and the county database made
#                   from them (bench/county_bench.c)
cd "$(dirname "$0")/.." || exit 2
B=build/bench
set -e
for kind in row month; do
	[ -f "$B/bench-$kind.db" ] || "$B/gen_data" "$B/bench-$kind.db" "$kind"
done
for kind in row month; do
	echo "== year-end report, dues entries per $kind"
	"$B/report_bench" "$B/bench-$kind.db" 2025
done
for kind in row; do
	echo "== full-screen start-up, dues entries per $kind"
	sh bench/startup.sh "$B/bench-$kind.db"
done
echo "== a county: 100 schools of 40-200 members (five years each) consolidated"
"$B/county_bench" "$B/county" 100
