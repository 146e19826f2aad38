#!/bin/sh
# make bench: the figures of the speed issue in one run, as ratios against the floor
# (the sqlite3 shell doing the same work) and, when installed, against ledger and
# hledger on an equivalent journal written from the same data (make bench-deps installs
# them). Not part of `make check`. Prints one table; every time is the median of RUNS
# whole-process runs (wall clock, so compare the ratios of one run: the machine may be
# shared).
#
#   BENCH_DIR=DIR      where the generated databases live (default build/bench; about
#                      1.2 GB; generated once, seeded, then reused; delete to rebuild)
#   BEFORE=PROGRAM     an older gonghui to measure beside this one: a "before" column
#                      (its databases: DIR/before/*.db as its own gen_data wrote them)
#   RUNS=N             runs per figure (5)
#
#   g2000x20.db   2,000 members over 20 years (2006–2025), a ledger entry per dues row
#   g2000x5.db    the same 2,000 members over 5 years (2021–2025)
#   g20000x5.db   20,000 members over 5 years
#   county/       (in build/bench) 100 school files of 40–200 members and the county
#                 database made from them (bench/county_bench.c)
cd "$(dirname "$0")/.." || exit 2
B=build/bench
D=${BENCH_DIR:-$B}
RUNS=${RUNS:-5}
NOW=$(pwd)/gonghui
export GONGHUI_TODAY=2025-12-20 LANG=C.UTF-8 LC_ALL=C.UTF-8
set -e
mkdir -p "$D/work"
W=$(cd "$D/work" && pwd)

gen() { # NAME MEMBERS YEARS
	[ -f "$D/$1.db" ] || "$B/gen_data" "$D/$1.db" row "$2" "$3" >&2
}
gen g2000x20 2000 20
gen g2000x5 2000 5
gen g20000x5 20000 5

# A copy of each database at this program's schema (migrated once, outside the timing).
for n in g2000x20 g2000x5 g20000x5; do
	if [ ! -f "$W/$n.db" ] || [ "$D/$n.db" -nt "$W/$n.db" ]; then
		cp "$D/$n.db" "$W/$n.db"
		"$NOW" -f "$W/$n.db" check >/dev/null
		sqlite3 "$W/$n.db" VACUUM   # the size a migrated file has once its free pages go
		rm -rf "$W/backups" "$W/$n.db".*.bak
	fi
done

# median of RUNS runs of a command: "MS KB" (build/bench/lifetime)
med() {
	r=0
	: >"$W/times"
	while [ $r -lt "$RUNS" ]; do
		"$B/lifetime" "$W/one" "$@" >/dev/null 2>&1 </dev/null || true
		cat "$W/one" >>"$W/times"
		r=$((r + 1))
	done
	sort -n "$W/times" | sed -n "$(((RUNS + 1) / 2))p"
}
ms() { echo "$1" | cut -d' ' -f1; }
mb() { echo "$1" | awk '{ printf "%.0f", $2 / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'; }
row() { printf '| %-44s | %10s | %10s | %10s | %s\n' "$1" "$2" "$3" "$4" "$5"; }

echo "gonghui bench: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), median of $RUNS runs"
echo
row "" "${BEFORE:+before}" "now" "floor" "now/floor${BEFORE:+, before/floor}"
row "--------------------------------------------" "----------" "----------" "----------" "-----------"

# ---- the year report, whole process, and its floor ----
report() { # DB → ms
	ms "$(med "$NOW" -f "$1" report --year 2025 --format csv)"
}
floor_report() { ms "$(med sh -c "sqlite3 '$1' <bench/report_floor.sql")"; }
before_report() { [ -n "$BEFORE" ] && ms "$(med "$BEFORE" -f "$D/before/$1.db" report --year 2025 --format csv)" || echo ""; }
for n in g2000x20 g20000x5 g2000x5; do
	a=$(report "$W/$n.db")
	f=$(floor_report "$W/$n.db")
	b=$(before_report "$n")
	eval "rep_$n=$a"
	row "year report 2025, $n (ms)" "$b" "$a" "$f" "$(ratio "$a" "$f")${b:+, $(ratio "$b" "$f")}"
done
row "report 20 years / 5 years (2,000 members)" "" "$(ratio "$rep_g2000x20" "$rep_g2000x5")" "" "budget 1.2"
# the same inside one process (report_compute, best of 5), the two files taken in turn
# three times so that a busy neighbour weighs on both alike
best20=1e9 best5=1e9
for r in 1 2 3; do
	t=$("$B/report_bench" "$W/g2000x20.db" | sed -n 's/.*best of 5 \([0-9.]*\) ms.*/\1/p')
	best20=$(awk -v a="$t" -v b="$best20" 'BEGIN { print (a < b ? a : b) }')
	t=$("$B/report_bench" "$W/g2000x5.db" | sed -n 's/.*best of 5 \([0-9.]*\) ms.*/\1/p')
	best5=$(awk -v a="$t" -v b="$best5" 'BEGIN { print (a < b ? a : b) }')
done
row "  in one process: 20 years, 5 years (ms)" "" "$best20" "$best5" "20/5 $(ratio "$best20" "$best5")"

# the closing cash of the report, of the floor, of ledger and of hledger must agree
closing=$("$NOW" -f "$W/g2000x20.db" report --year 2025 --format csv | awk -F, '$1 == "ledger" && $2 == "closing" { print $NF }')
fclosing=$(sqlite3 "$W/g2000x20.db" <bench/report_floor.sql | tail -1)
# the journal: every entry as a ledger transaction, accounts by code
if [ ! -f "$W/g2000x20.journal" ] || [ "$W/g2000x20.db" -nt "$W/g2000x20.journal" ]; then
	"$NOW" -f "$W/g2000x20.db" export ledger | awk -F, 'NR > 1 {
		a = $5; sub(/^-/, "", a); neg = ($5 ~ /^-/)
		printf "%s entry\n    a:%s  %s%s\n    a:%s\n\n", $1, neg ? $4 : $3, a, "", neg ? $3 : $4
	}' >"$W/g2000x20.journal"
fi
for tool in ledger hledger; do
	if command -v $tool >/dev/null 2>&1; then
		t=$(RUNS=1 med $tool -f "$W/g2000x20.journal" bal -e 2026-01-01 '^a:10[12]')
		got=$($tool -f "$W/g2000x20.journal" bal -e 2026-01-01 '^a:10[12]' 2>/dev/null | tail -1 | tr -d ' ,')
		row "$tool: closing cash 2025, g2000x20 (ms, MB)" "" "$(ms "$t")" "$(mb "$t") MB" \
			"$tool/gonghui $(ratio "$(ms "$t")" "$rep_g2000x20") (closing $got)"
	else
		row "$tool: not installed (make bench-deps)" "" "" "" ""
	fi
done
row "closing cash 2025: report / floor" "" "$closing" "$fclosing" \
	"$([ "$closing" = "$fclosing" ] && echo agree || echo DIFFER)"

# ---- imports: dues (2,000 members, 5 years), visits (20,000 members) ----
# welfare and visits up to today (GONGHUI_TODAY): a later one is refused
upto() { awk -F, -v t="$GONGHUI_TODAY" 'NR == 1 || $1 <= t'; }
if [ ! -f "$W/dues.csv" ]; then
	"$NOW" -f "$W/g2000x5.db" export members >"$W/members.csv"
	# The dues as a treasurer's file has them: without the batch column, which numbers
	# the generated data's one entry per row (an export of such books keeps them so; a
	# treasurer's file is posted one entry per month and day, as the Dues screen does).
	"$NOW" -f "$W/g2000x5.db" export dues | awk -F, -v OFS=, '
		NR == 1 { for (i = 1; i <= NF; i++) if ($i == "batch") b = i }
		{ if (b == NF) NF--; print }' >"$W/dues.csv"
	"$NOW" -f "$W/g20000x5.db" export members >"$W/members20k.csv"
	"$NOW" -f "$W/g20000x5.db" export welfare | upto >"$W/welfare20k.csv"
	"$NOW" -f "$W/g20000x5.db" export visits | upto >"$W/visits20k.csv"
fi
dues_rows=$(($(wc -l <"$W/dues.csv") - 1))
visit_rows=$(($(wc -l <"$W/visits20k.csv") - 1))
fresh() { # PROGRAM NAME MEMBERS [WELFARE]: a database with the members (and welfare)
	rm -f "$W/$2.db"
	"$1" -f "$W/$2.db" import members "$3" >/dev/null
	[ -z "$4" ] || "$1" -f "$W/$2.db" import welfare "$4" >/dev/null
	rm -rf "$W/backups"
	cp "$W/$2.db" "$W/$2.base"
}
import_ms() { # PROGRAM NAME KIND CSV → median ms of importing CSV into a fresh copy
	r=0
	: >"$W/itimes"
	while [ $r -lt "${IRUNS:-3}" ]; do
		cp "$W/$2.base" "$W/$2.db"
		"$B/lifetime" "$W/one" "$1" -f "$W/$2.db" import "$3" "$4" >/dev/null 2>&1 </dev/null
		cat "$W/one" >>"$W/itimes"
		r=$((r + 1))
	done
	sort -n "$W/itimes" | sed -n "$(((${IRUNS:-3} + 1) / 2))p" | cut -d' ' -f1
}
fresh "$NOW" imp "$W/members.csv"
a=$(import_ms "$NOW" imp dues "$W/dues.csv")
entries=$(sqlite3 "$W/imp.db" "SELECT count(*) FROM ledger_entry")
cp "$W/imp.base" "$W/floor.db"
f=$(ms "$(IRUNS=1 RUNS=3 med sh -c "cd '$W' && cp imp.base floor.db && sqlite3 floor.db <'$(pwd)/bench/import_floor.sql'")")
# the older program reads the CSV of its own exports
if [ -n "$BEFORE" ] && [ ! -f "$W/before-dues.csv" ]; then
	"$BEFORE" -f "$D/before/g2000x5.db" export members >"$W/before-members.csv"
	"$BEFORE" -f "$D/before/g2000x5.db" export dues >"$W/before-dues.csv"
	"$BEFORE" -f "$D/before/g20000x5.db" export members >"$W/before-members20k.csv"
	"$BEFORE" -f "$D/before/g20000x5.db" export welfare | upto >"$W/before-welfare20k.csv"
	"$BEFORE" -f "$D/before/g20000x5.db" export visits | upto >"$W/before-visits20k.csv"
fi
b=
if [ -n "$BEFORE" ]; then
	fresh "$BEFORE" impb "$W/before-members.csv"
	b=$(IRUNS=1 import_ms "$BEFORE" impb dues "$W/before-dues.csv")
fi
row "import dues, $dues_rows rows (ms)" "$b" "$a" "$f" "$(ratio "$a" "$f")${b:+, $(ratio "$b" "$f")} ($entries entries)"
row "  rows per second" "${b:+$(awk -v n=$dues_rows -v t="$b" 'BEGIN { printf "%.0f", n / t * 1000 }')}" \
	"$(awk -v n=$dues_rows -v t="$a" 'BEGIN { printf "%.0f", n / t * 1000 }')" \
	"$(awk -v n=$dues_rows -v t="$f" 'BEGIN { printf "%.0f", n / t * 1000 }')" ""
fresh "$NOW" vis "$W/members20k.csv" "$W/welfare20k.csv"
a=$(IRUNS=1 import_ms "$NOW" vis visits "$W/visits20k.csv")
# linear: the first fifth of the rows at the same pace as all of them
head -n $((visit_rows / 5 + 1)) "$W/visits20k.csv" >"$W/visits20k-fifth.csv"
a5=$(IRUNS=1 import_ms "$NOW" vis visits "$W/visits20k-fifth.csv")
b=
if [ -n "$BEFORE" ]; then
	fresh "$BEFORE" visb "$W/before-members20k.csv" "$W/before-welfare20k.csv"
	b=$(IRUNS=1 import_ms "$BEFORE" visb visits "$W/before-visits20k.csv")
	head -n $((visit_rows / 5 + 1)) "$W/before-visits20k.csv" >"$W/before-visits20k-fifth.csv"
	b5=$(IRUNS=1 import_ms "$BEFORE" visb visits "$W/before-visits20k-fifth.csv")
fi
row "import visits, $visit_rows rows, 20,000 members (rows/s)" \
	"${b:+$(awk -v n=$visit_rows -v t="$b" 'BEGIN { printf "%.0f", n / t * 1000 }')}" \
	"$(awk -v n=$visit_rows -v t="$a" 'BEGIN { printf "%.0f", n / t * 1000 }')" "" ""
row "  the first fifth of them (rows/s)" \
	"${b5:+$(awk -v n=$((visit_rows / 5)) -v t="$b5" 'BEGIN { printf "%.0f", n / t * 1000 }')}" \
	"$(awk -v n=$((visit_rows / 5)) -v t="$a5" 'BEGIN { printf "%.0f", n / t * 1000 }')" "" \
	"all / a fifth: ${b:+before $(ratio "$b" "$b5"), }now $(ratio "$a" "$a5") (5.00: linear)"

# ---- the full-screen program: start-up, a keystroke, the first switch to Dues ----
for n in g2000x20 g20000x5; do
	out=$(GONGHUI="$NOW" sh bench/startup.sh "$W/$n.db" "$RUNS")
	bout=
	[ -z "$BEFORE" ] || bout=$(GONGHUI="$BEFORE" sh bench/startup.sh "$D/before/$n.db" "$RUNS")
	pick() { echo "$1" | sed -n "$2" | grep -o '[0-9.]* ms' | head -1 | cut -d' ' -f1; }
	row "start-up + first screen + quit, $n (ms)" "$(pick "$bout" '/^start-up/p')" "$(pick "$out" '/^start-up/p')" "" "budget 50"
	row "  End on the roll: more (ms)" "$(pick "$bout" '/^one keystroke/p')" "$(pick "$out" '/^one keystroke/p')" "" "budget 10"
	row "  first switch to Dues: more (ms)" "$(pick "$bout" '/^switching/p')" "$(pick "$out" '/^switching/p')" "" "budget 10"
	pick2() { echo "$1" | sed -n "$2" | grep -o '[0-9.]* ms' | sed -n 2p | cut -d' ' -f1; }
	row "  cold (file not cached): start-up (ms)" "$(pick "$bout" '/^cold/p')" "$(pick "$out" '/^cold/p')" "" "budget 50"
	row "  cold: start-up and switch to Dues (ms)" "$(pick2 "$bout" '/^cold/p')" "$(pick2 "$out" '/^cold/p')" "" "budget 50"
done
row "dues_month 2025-12, g2000x20 (CPU ms, best)" "" \
	"$("$B/dues_bench" "$W/g2000x20.db" 2025-12 | sed 's/.*best of 5 \([0-9.]*\).*/\1/')" "" "budget 10"

# ---- the file ----
size() { # DB → "bytes per dues row, audit share %"
	sqlite3 "$1" "SELECT (SELECT page_count * page_size FROM pragma_page_count, pragma_page_size)
		/ (SELECT count(*) FROM dues), round(100.0 * (SELECT sum(pgsize) FROM dbstat
		WHERE name IN ('audit', 'audit_log', 'audit_row')) / (SELECT sum(pgsize) FROM dbstat))"
}
s=$(size "$W/g2000x20.db")
bs=
[ -z "$BEFORE" ] || bs=$(size "$D/before/g2000x20.db")
row "database: bytes per dues row, g2000x20" "${bs%|*}" "${s%|*}" "" "(file pages / dues rows)"
row "  audit log's share of the file (%)" "${bs#*|}" "${s#*|}" "" ""

echo
echo "== a county: 100 schools of 40-200 members (five years each) consolidated"
"$B/county_bench" "$B/county" 100
